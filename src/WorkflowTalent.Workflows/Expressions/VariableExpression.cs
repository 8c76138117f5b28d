using System.Text.Json.Nodes;

namespace WorkflowTalent.Workflows.Expressions;

/// <summary>A Variable input: the named variable's current value, or null when it is not set.</summary>
internal sealed class VariableExpression(string name) : IPreparedExpression
{
    public JsonNode? Evaluate(ExpressionScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.Variables.TryGetValue(name, out var value) ? value?.DeepClone() : null;
    }
}
