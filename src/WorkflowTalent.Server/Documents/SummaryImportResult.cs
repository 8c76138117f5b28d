namespace WorkflowTalent.Server.Documents;

/// <summary>
/// The answer to an accepted 汇总表: the applications created, all with status Applied (R6.1), each with its
/// selection workflow started (<see cref="WorkflowsStarted"/>).
/// </summary>
public sealed record SummaryImportResult(int Year, string County, IReadOnlyList<RegisteredCandidate> Applications, bool WorkflowsStarted);
