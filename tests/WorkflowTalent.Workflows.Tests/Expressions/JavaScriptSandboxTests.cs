using WorkflowTalent.Workflows.Expressions;

namespace WorkflowTalent.Workflows.Tests.Expressions;

/// <summary>Every limit faults the expression, never the host, and nothing of one evaluation reaches the next.</summary>
public class JavaScriptSandboxTests
{
    private static readonly SandboxOptions ShortTimeout = new() { Timeout = TimeSpan.FromMilliseconds(200), MaxStatements = 0 };

    private readonly ExpressionScope _scope = new ScopeBuilder().Variable("days", 5).Build();

    private string Fault(ExpressionEvaluator evaluator, string script) =>
        Assert.Throws<ExpressionException>(() => evaluator.PrepareJavaScript(script).Evaluate(_scope)).Message;

    [Fact]
    public void EndlessLoop_TimesOut_AndTheEvaluatorKeepsWorking()
    {
        var evaluator = new ExpressionEvaluator(ShortTimeout);
        var started = DateTime.UtcNow;

        Assert.Equal("JavaScript timed out after 200 ms", Fault(evaluator, "while(true){}"));

        Assert.InRange(DateTime.UtcNow - started, TimeSpan.FromMilliseconds(150), TimeSpan.FromSeconds(5));
        Assert.True(evaluator.PrepareJavaScript("variables.days > 3").Evaluate(_scope)!.GetValue<bool>());
    }

    [Fact]
    public void HugeAllocation_HitsTheMemoryLimit()
    {
        Assert.Equal("JavaScript used more than 32 MB", Fault(new ExpressionEvaluator(), "var a = []; while (true) a.push('x'.repeat(1e6))"));
    }

    [Fact]
    public void HugeTextFromOneNativeCall_IsRefused_SoItNeverReachesTheJournal()
    {
        Assert.Equal("JavaScript result holds more than 1,000,000 characters of text", Fault(new ExpressionEvaluator(), "'x'.repeat(1e8)"));
    }

    [Fact]
    public void DeepRecursion_HitsTheRecursionLimit()
    {
        var evaluator = new ExpressionEvaluator();

        Assert.Equal("JavaScript recursion deeper than 256", Fault(evaluator, "function f() { return f() } f()"));
        Assert.Equal("JavaScript recursion deeper than 256", Fault(evaluator, "var o = { get x() { return this.x } }; o.x"));
    }

    [Fact]
    public void LongLoop_HitsTheStatementLimit()
    {
        var evaluator = new ExpressionEvaluator(new SandboxOptions { MaxStatements = 1000 });

        Assert.Equal("JavaScript ran more than 1,000 statements", Fault(evaluator, "for (;;) {}"));
    }

    [Theory]
    [InlineData("System.IO.File.ReadAllText('/etc/passwd')", "ReferenceError: System is not defined")]
    [InlineData("importNamespace('System')", "ReferenceError: importNamespace is not defined")]
    [InlineData("clrType('System.IO.File')", "ReferenceError: clrType is not defined")]
    [InlineData("eval('1 + 1')", "TypeError: String compilation has been disabled")]
    [InlineData("Function('return 1')()", "TypeError: String compilation has been disabled")]
    public void ClrAccessAndStringCompilation_AreNotAvailable(string script, string expected)
    {
        Assert.StartsWith(expected, Fault(new ExpressionEvaluator(), script), StringComparison.Ordinal);
    }

    [Fact]
    public void NoStateLeaks_BetweenEvaluationsOnTheSameThread()
    {
        var evaluator = new ExpressionEvaluator();

        evaluator.PrepareJavaScript("""
            leaked = 1; var declared = 2; let lexical = 3;
            Array.prototype.includes = function () { return true; };
            Object.prototype.polluted = 4;
            getVariable.tag = 5;
            variables.days = 6;
            """).Evaluate(_scope);
        var seen = evaluator.PrepareJavaScript("""
            [typeof leaked, typeof declared, typeof lexical, [].includes(1), ({}).polluted, getVariable.tag]
            """).Evaluate(new ScopeBuilder().Build());

        Assert.Equal("""["undefined","undefined","undefined",false,null,null]""", seen!.ToJsonString());
        Assert.Equal(6, _scope.Variables["days"]!.GetValue<long>());
    }

    [Fact]
    public void FrozenBuiltIns_StillAllowOverridingOnOwnObjects()
    {
        var result = new ExpressionEvaluator().PrepareJavaScript("""
            var o = {}; o.toString = function () { return 'mine'; };
            var e = new Error(); e.message = 'changed';
            String(o) + ' ' + e.message
            """).Evaluate(_scope);

        Assert.Equal("mine changed", result!.GetValue<string>());
    }
}
