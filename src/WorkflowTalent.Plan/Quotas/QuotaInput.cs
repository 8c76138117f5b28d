using WorkflowTalent.Plan.ReferenceData;

namespace WorkflowTalent.Plan.Quotas;

/// <summary>What the allocator used for one county, echoed so that an allocation can be checked after the fact.</summary>
public sealed record QuotaInput(County County, decimal BaseWeight, decimal RemoteFigure, int CancelledLastYear);
