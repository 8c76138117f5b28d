namespace WorkflowTalent.Workflows.Definitions;

/// <summary>Elsa 3's token flowchart merge modes, set per activity in <c>customProperties.mergeMode</c>.</summary>
public enum MergeMode
{
    Stream,
    Merge,
    Converge,
    Cascade,
    Race,
}
