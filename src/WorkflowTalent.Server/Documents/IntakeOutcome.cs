namespace WorkflowTalent.Server.Documents;

/// <summary>
/// What an import did: every row registered (no problems), none (the table's problems), or, when registration refused
/// a row after the checks had passed, the rows before it and the refusal.
/// </summary>
internal sealed record IntakeOutcome(IReadOnlyList<RegisteredCandidate> Registered, IReadOnlyList<ImportProblem> Problems)
{
    public bool IsPartial => Registered.Count > 0 && Problems.Count > 0;
}
