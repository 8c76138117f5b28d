namespace WorkflowTalent.Workflows.Definitions;

/// <summary>A connection from a port of one activity to another, in either of Elsa's two shapes.</summary>
public sealed record FlowConnection(int Index, string Source, string SourcePort, string Target, string TargetPort)
{
    public string Path => $"root.connections[{Index}]";

    public override string ToString() => $"{Source}.{SourcePort} -> {Target}";
}
