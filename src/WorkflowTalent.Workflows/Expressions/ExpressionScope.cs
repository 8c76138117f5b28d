using System.Text.Json.Nodes;

namespace WorkflowTalent.Workflows.Expressions;

/// <summary>
/// What a script or template sees of the instance (FORMAT.md "Expressions"). Variables are live:
/// <c>setVariable</c> and the <c>setX</c> functions write through to <see cref="Variables"/>.
/// </summary>
public sealed class ExpressionScope
{
    public required IDictionary<string, JsonNode?> Variables { get; init; }

    /// <summary>Declared variable names, for the <c>getX()</c>/<c>setX(v)</c> pairs.</summary>
    public required IReadOnlyCollection<string> DeclaredVariables { get; init; }

    /// <summary>Declared variable type names by variable name (<c>Int32</c>, <c>String</c> …), used to coerce values written by scripts.</summary>
    public IReadOnlyDictionary<string, string>? VariableTypes { get; init; }

    public required JsonObject Input { get; init; }
    public JsonNode? LastResult { get; init; }
    public required string InstanceId { get; init; }
    public required string DefinitionId { get; init; }
    public required int Version { get; init; }
    public string? CorrelationId { get; init; }

    /// <summary>The instance's clock; <c>now()</c> and <c>new Date()</c> read it.</summary>
    public required TimeProvider Clock { get; init; }
}
