using System.Text.Json.Nodes;
using WorkflowTalent.Workflows.Definitions;
using WorkflowTalent.Workflows.Expressions;

namespace WorkflowTalent.Workflows.Tests.Expressions;

public class ConstantAndVariableExpressionTests
{
    private readonly ExpressionEvaluator _evaluator = new();
    private readonly ExpressionScope _scope = new ScopeBuilder().Variable("traineeName", "Ann").Build();

    [Fact]
    public void Literal_ReturnsValueAsWritten_WithoutParsingStrings()
    {
        var result = _evaluator.Prepare(new InputValue(ExpressionType.Literal, "[\"One\"]", null)).Evaluate(_scope);

        Assert.Equal("[\"One\"]", result!.GetValue<string>());
    }

    [Fact]
    public void Literal_ReturnsAFreshCloneEachTime()
    {
        var prepared = _evaluator.Prepare(InputValue.Literal(new JsonObject { ["a"] = 1 }));

        prepared.Evaluate(_scope)!.AsObject()["a"] = 2;

        Assert.Equal(1, prepared.Evaluate(_scope)!["a"]!.GetValue<int>());
    }

    [Fact]
    public void Object_ParsesJsonText()
    {
        var result = _evaluator.Prepare(new InputValue(ExpressionType.Object, "[\"One\",\"Two\"]", null)).Evaluate(_scope);

        Assert.Equal(["One", "Two"], result!.AsArray().Select(item => item!.GetValue<string>()));
    }

    [Fact]
    public void Object_TakesAJsonValueAsIs()
    {
        var result = _evaluator.Prepare(new InputValue(ExpressionType.Object, new JsonObject { ["days"] = 3 }, null)).Evaluate(_scope);

        Assert.Equal(3, result!["days"]!.GetValue<int>());
    }

    [Fact]
    public void Object_InvalidJson_FailsAtPrepare()
    {
        var input = new InputValue(ExpressionType.Object, "[\"One\",", null);

        var error = Assert.Throws<ExpressionException>(() => _evaluator.Prepare(input));

        Assert.StartsWith("Object expression is not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Variable_ReturnsTheCurrentValue()
    {
        var result = _evaluator.Prepare(new InputValue(ExpressionType.Variable, "traineeName", null)).Evaluate(_scope);

        Assert.Equal("Ann", result!.GetValue<string>());
    }

    [Fact]
    public void Variable_Missing_ReturnsNull()
    {
        var result = _evaluator.Prepare(new InputValue(ExpressionType.Variable, "nobody", null)).Evaluate(_scope);

        Assert.Null(result);
    }

    [Fact]
    public void UnknownExpressionType_IsRefused()
    {
        var input = new InputValue(ExpressionType.Literal, "x", null, "Python");

        var error = Assert.Throws<ExpressionException>(() => _evaluator.Prepare(input));

        Assert.Contains("'Python'", error.Message, StringComparison.Ordinal);
    }
}
