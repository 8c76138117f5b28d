namespace WorkflowTalent.Workflows.Runtime;

/// <summary>Who acts on a task: a user in one of their roles, within a scope (a county, a unit, a department).</summary>
public sealed record Actor(string Role, string? Scope = null, string? User = null)
{
    public override string ToString() => string.IsNullOrEmpty(Scope) ? $"{User ?? "?"} ({Role})" : $"{User ?? "?"} ({Role}, {Scope})";
}
