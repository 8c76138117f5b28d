namespace WorkflowTalent.Cli.Trace;

/// <summary>
/// A workflow definition that cites a requirement in its own fields, or one of its activities (then
/// <see cref="ActivityId"/> is set, with the line its object starts on).
/// </summary>
internal sealed record DefinitionPlace(string File, string DefinitionId, string? ActivityId, string? DisplayText, int? Line)
{
    public bool IsActivity => ActivityId is not null;
}
