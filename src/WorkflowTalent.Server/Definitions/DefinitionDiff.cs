namespace WorkflowTalent.Server.Definitions;

/// <summary>
/// Two versions compared: a unified line diff of their indented JSON, and what changed in the process, by id.
/// </summary>
public sealed record DefinitionDiff(
    string DefinitionId,
    int From,
    int To,
    int LinesAdded,
    int LinesRemoved,
    string Unified,
    DefinitionDiff.Structure Changes)
{
    /// <summary>Activities by id, connections as <c>source:port -> target:port</c>, variables by name.</summary>
    public sealed record Structure(
        IReadOnlyList<string> ActivitiesAdded,
        IReadOnlyList<string> ActivitiesRemoved,
        IReadOnlyList<string> ActivitiesChanged,
        IReadOnlyList<string> ConnectionsAdded,
        IReadOnlyList<string> ConnectionsRemoved,
        IReadOnlyList<string> VariablesAdded,
        IReadOnlyList<string> VariablesRemoved,
        IReadOnlyList<string> VariablesChanged);
}
