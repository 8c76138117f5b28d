namespace WorkflowTalent.Cli.Trace;

/// <summary>Where one requirement is cited: definitions and activities, code lines, and test methods, each list sorted.</summary>
internal sealed record RequirementTrace(
    Requirement Requirement,
    IReadOnlyList<DefinitionPlace> Definitions,
    IReadOnlyList<CodePlace> Code,
    IReadOnlyList<TestPlace> Tests)
{
    public RequirementId Id => Requirement.Id;

    /// <summary>A line of code or an activity enforces the rule; a definition that only names it in its description does not.</summary>
    public bool IsEnforced => Code.Count > 0 || Definitions.Any(d => d.IsActivity);

    public bool IsTested => Tests.Count > 0;

    public bool IsComplete => IsEnforced && IsTested;

    /// <summary>What is missing, e.g. "no enforcing place and no test"; empty when complete.</summary>
    public string Gap => (IsEnforced, IsTested) switch
    {
        (false, false) => "no enforcing place and no test",
        (false, true) => "no enforcing place",
        (true, false) => "no test",
        _ => "",
    };
}
