using WorkflowTalent.Plan.ReferenceData;

namespace WorkflowTalent.Plan.Quotas;

/// <summary>
/// One county's places and how they came about (R3.4, R15.2): the components in (fractional) places, their exact sum,
/// the integer places after largest-remainder rounding, and the explanation shown to administrators.
/// </summary>
public sealed record QuotaLine(
    County County,
    decimal Base,
    decimal EthnicTilt,
    decimal RemoteTilt,
    int CancelledLastYear,
    decimal CancellationPenalty,
    decimal Redistributed,
    decimal Exact,
    int Places,
    BilingualText Explanation);
