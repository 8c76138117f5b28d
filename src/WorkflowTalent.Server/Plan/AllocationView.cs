using WorkflowTalent.Plan.Quotas;

namespace WorkflowTalent.Server.Plan;

/// <summary>One version of a batch's quota split (R3.4, R15.2): the weights used and a line per county that explains itself.</summary>
public sealed record AllocationView(
    int BatchYear,
    int Version,
    bool IsCurrent,
    int TotalPlaces,
    QuotaWeights Weights,
    IReadOnlyList<AllocationLineView> Lines,
    DateTimeOffset CreatedAt,
    string CreatedBy);

/// <summary>A county's places with every input and component, in places, and the explanation in Chinese and English.</summary>
public sealed record AllocationLineView(
    string County,
    bool IsEthnicAutonomous,
    decimal BaseWeight,
    decimal RemoteFigure,
    int CancelledLastYear,
    decimal Base,
    decimal EthnicTilt,
    decimal RemoteTilt,
    decimal CancellationPenalty,
    decimal Redistributed,
    decimal Exact,
    int Places,
    string ExplanationZh,
    string ExplanationEn);
