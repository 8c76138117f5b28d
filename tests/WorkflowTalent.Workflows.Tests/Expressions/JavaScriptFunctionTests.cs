using System.Text.Json.Nodes;
using WorkflowTalent.Workflows.Expressions;

namespace WorkflowTalent.Workflows.Tests.Expressions;

/// <summary>Elsa's functions (FORMAT.md "Expressions").</summary>
public class JavaScriptFunctionTests
{
    private readonly ExpressionEvaluator _evaluator = new();

    private JsonNode? Run(string script, ExpressionScope scope) => _evaluator.PrepareJavaScript(script).Evaluate(scope);

    [Fact]
    public void GetX_ReadsTheDeclaredVariable()
    {
        var scope = new ScopeBuilder().Variable("Counter", 41).Build();

        Assert.Equal(42, Run("getCounter() + 1", scope)!.GetValue<long>());
    }

    [Fact]
    public void GetX_CamelCaseVariable_AnswersToCapitalizedName()
    {
        var scope = new ScopeBuilder().Variable("counter", 1).Build();

        Assert.Equal(2, Run("getCounter() + getcounter()", scope)!.GetValue<long>());
    }

    [Fact]
    public void SetX_WritesThrough_CoercedToTheDeclaredType()
    {
        var scope = new ScopeBuilder().Variable("Counter", 1, "Int32").Build();

        Run("setCounter('7')", scope);

        Assert.Equal(7, scope.Variables["Counter"]!.GetValue<int>());
    }

    [Fact]
    public void SetVariable_WritesThrough_AndReadsBack()
    {
        var scope = new ScopeBuilder().Variable("approved", false, "Boolean").Build();

        var result = Run("setVariable('approved', 'true'); setVariable('note', 'ok'); [getVariable('approved'), variables.note]", scope);

        Assert.Equal("[true,\"ok\"]", result!.ToJsonString());
        Assert.True(scope.Variables["approved"]!.GetValue<bool>());
        Assert.Equal("ok", scope.Variables["note"]!.GetValue<string>());
    }

    [Fact]
    public void SetVariable_ValueNotOfTheDeclaredType_IsATypeError()
    {
        var scope = new ScopeBuilder().Variable("days", 3, "Int32").Build();

        var error = Assert.Throws<ExpressionException>(() => Run("setVariable('days', 'many')", scope));

        Assert.StartsWith("TypeError: variable 'days': \"many\" is not a valid Int32", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, scope.Variables["days"]!.GetValue<int>());
    }

    [Fact]
    public void VariablesAssignment_WritesThrough()
    {
        var scope = new ScopeBuilder().Variable("x", 1, "Int64").Build();

        Run("variables.x = 5; variables.y = 'new'", scope);

        Assert.Equal(5, scope.Variables["x"]!.GetValue<long>());
        Assert.Equal("new", scope.Variables["y"]!.GetValue<string>());
    }

    [Fact]
    public void VariablesArray_ChangedInPlace_IsWrittenBack()
    {
        var scope = new ScopeBuilder().Variable("approvers", new JsonArray("ann")).Build();

        Run("variables.approvers.push('bob')", scope);

        Assert.Equal("[\"ann\",\"bob\"]", scope.Variables["approvers"]!.ToJsonString());
    }

    [Fact]
    public void Variables_EnumerateLikeAPlainObject()
    {
        var scope = new ScopeBuilder().Variable("a", 1).Variable("b", "two").Build();

        Assert.Equal("""{"a":1,"b":"two"}""", Run("JSON.stringify(variables)", scope)!.GetValue<string>());
    }

    [Fact]
    public void GetInput_AndInstanceFunctions_ReadTheScope()
    {
        var scope = new ScopeBuilder().Input("reason", "sick").Build();

        var result = Run("[getInput('reason'), getInput('missing'), getWorkflowInstanceId(), getCorrelationId()]", scope);

        Assert.Equal("""["sick",null,"inst-1","corr-1"]""", result!.ToJsonString());
    }

    [Fact]
    public void GetX_ThroughGlobalThis_IsInstalledToo()
    {
        var scope = new ScopeBuilder().Variable("Counter", 2).Build();

        Assert.Equal(2, Run("globalThis['getCounter']()", scope)!.GetValue<long>());
    }
}
