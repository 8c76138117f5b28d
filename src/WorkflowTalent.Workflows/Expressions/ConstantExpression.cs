using System.Text.Json.Nodes;

namespace WorkflowTalent.Workflows.Expressions;

/// <summary>A Literal or Object input: the same value every time, cloned so callers may keep or change it.</summary>
internal sealed class ConstantExpression(JsonNode? value) : IPreparedExpression
{
    public JsonNode? Evaluate(ExpressionScope scope) => value?.DeepClone();
}
