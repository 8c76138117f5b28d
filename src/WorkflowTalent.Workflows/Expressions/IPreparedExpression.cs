using System.Text.Json.Nodes;

namespace WorkflowTalent.Workflows.Expressions;

/// <summary>An input's expression, parsed once per definition version and evaluated many times.</summary>
public interface IPreparedExpression
{
    /// <summary>Evaluates to a JSON value (null for JavaScript undefined/null). Throws <see cref="ExpressionException"/>.</summary>
    JsonNode? Evaluate(ExpressionScope scope);
}
