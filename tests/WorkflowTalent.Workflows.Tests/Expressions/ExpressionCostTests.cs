using WorkflowTalent.Workflows.Definitions;
using WorkflowTalent.Workflows.Expressions;

namespace WorkflowTalent.Workflows.Tests.Expressions;

/// <summary>
/// Allocation budgets on a warm engine (a workflow instance's budget is 100 KB for a handful of expressions).
/// Measured: about 2 KB per JavaScript condition or Liquid title; the bounds leave room and catch a regression
/// such as building an engine per evaluation (about 15 KB).
/// </summary>
public class ExpressionCostTests
{
    private const int Runs = 200;

    private readonly ExpressionEvaluator _evaluator = new();
    private readonly ExpressionScope _scope = new ScopeBuilder().Variable("days", 5).Variable("traineeName", "Ann").Build();

    [Fact]
    public void JavaScriptCondition_AllocatesUnder8KB()
    {
        var prepared = _evaluator.PrepareJavaScript("variables.days > 3");

        Assert.InRange(AllocatedPerRun(prepared), 1, 8 * 1024);
    }

    [Fact]
    public void LiquidTitle_AllocatesUnder8KB()
    {
        var prepared = _evaluator.Prepare(new InputValue(ExpressionType.Liquid, "Leave request from {{ Variables.traineeName }} ({{ Variables.days }} days)", null));

        Assert.InRange(AllocatedPerRun(prepared), 1, 8 * 1024);
    }

    private long AllocatedPerRun(IPreparedExpression prepared)
    {
        for (var i = 0; i < 20; i++)
            prepared.Evaluate(_scope);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Runs; i++)
            prepared.Evaluate(_scope);
        return (GC.GetAllocatedBytesForCurrentThread() - before) / Runs;
    }
}
