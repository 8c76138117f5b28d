using System.Text.Json.Nodes;
using WorkflowTalent.Workflows.Definitions;
using WorkflowTalent.Workflows.Expressions;

namespace WorkflowTalent.Workflows.Tests.Expressions;

public class JavaScriptExpressionTests
{
    private readonly ExpressionEvaluator _evaluator = new();

    private JsonNode? Run(string script, ExpressionScope? scope = null) =>
        _evaluator.PrepareJavaScript(script).Evaluate(scope ?? new ScopeBuilder().Build());

    [Fact]
    public void JavaScript_ReturnsLastExpressionValue()
    {
        var scope = new ScopeBuilder().Variable("days", 5).Build();

        var result = _evaluator.Prepare(new InputValue(ExpressionType.JavaScript, "variables.days > 3", null)).Evaluate(scope);

        Assert.True(result!.GetValue<bool>());
    }

    [Fact]
    public void JavaScript_TopLevelReturn_ReturnsFalse()
    {
        Assert.False(Run("return false;")!.GetValue<bool>());
    }

    [Fact]
    public void JavaScript_StatementsThenReturn_ReturnsTheObject()
    {
        var result = Run("""
            var total = 0;
            for (var i = 1; i <= 3; i++) { total += i; }
            if (total > 5) { return { a: 1, total: total }; }
            return null;
            """);

        Assert.Equal("""{"a":1,"total":6}""", result!.ToJsonString());
    }

    [Fact]
    public void JavaScript_Result_ConvertsToJson()
    {
        var result = Run("({ whole: 2, half: 2.5, text: 'x', flag: true, list: [1, null, undefined], nothing: null, skipped: undefined, fn: function () {} })");

        Assert.Equal("""{"whole":2,"half":2.5,"text":"x","flag":true,"list":[1,null,null],"nothing":null}""", result!.ToJsonString());
        Assert.Equal(typeof(long), result["whole"]!.GetValue<object>().GetType());
    }

    [Fact]
    public void JavaScript_UndefinedAndFunctions_BecomeNull()
    {
        Assert.Null(Run("undefined"));
        Assert.Null(Run("(function () {})"));
        Assert.Null(Run("Symbol('s')"));
    }

    [Fact]
    public void JavaScript_DateResult_IsIsoInShanghaiTime()
    {
        Assert.Equal("2026-08-31T00:00:00+08:00", Run("new Date(Date.UTC(2026, 7, 30, 16))")!.GetValue<string>());
    }

    [Fact]
    public void JavaScript_SeesInputWorkflowAndLastResult()
    {
        var scope = new ScopeBuilder().Input("days", 4).LastResult(new JsonObject { ["outcome"] = "Approved" }).Build();

        var result = Run("[input.days, workflow.id, workflow.definitionId, workflow.version, workflow.correlationId, lastResult.outcome]", scope);

        Assert.Equal("""[4,"inst-1","leave-request",3,"corr-1","Approved"]""", result!.ToJsonString());
    }

    [Fact]
    public void JavaScript_SyntaxError_FailsAtPrepare_WithLineAndColumn()
    {
        var error = Assert.Throws<ExpressionException>(() => _evaluator.PrepareJavaScript("var x = ;"));

        Assert.Equal("JavaScript syntax error at line 1, column 9: Unexpected token ';'", error.Message);
    }

    [Fact]
    public void JavaScript_ReferenceError_SaysWhat()
    {
        var error = Assert.Throws<ExpressionException>(() => Run("nobody.days > 3"));

        Assert.StartsWith("ReferenceError: nobody is not defined", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void JavaScript_ThrownValue_SaysWhat()
    {
        Assert.StartsWith("JavaScript threw 'no approver'", Assert.Throws<ExpressionException>(() => Run("throw 'no approver'")).Message, StringComparison.Ordinal);
        Assert.StartsWith("Error: no approver", Assert.Throws<ExpressionException>(() => Run("throw new Error('no approver')")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void JavaScript_CyclicResult_Fails()
    {
        var error = Assert.Throws<ExpressionException>(() => Run("var o = {}; o.self = o; o"));

        Assert.Equal("JavaScript result nests deeper than 64 levels", error.Message);
    }

    [Fact]
    public void JavaScript_PreparedOnce_EvaluatesConcurrently()
    {
        var prepared = _evaluator.PrepareJavaScript("setVariable('doubled', variables.days * 2); getVariable('doubled')");

        var results = Enumerable.Range(0, 200).AsParallel().Select(i =>
        {
            var scope = new ScopeBuilder().Variable("days", i).Build();
            return (Expected: i * 2L, Result: prepared.Evaluate(scope)!.GetValue<long>(), Stored: scope.Variables["doubled"]!.GetValue<long>());
        }).ToList();

        Assert.All(results, r => Assert.Equal((r.Expected, r.Expected), (r.Result, r.Stored)));
    }
}
