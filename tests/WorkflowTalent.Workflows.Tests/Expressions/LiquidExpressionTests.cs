using System.Text.Json.Nodes;
using WorkflowTalent.Workflows.Definitions;
using WorkflowTalent.Workflows.Expressions;

namespace WorkflowTalent.Workflows.Tests.Expressions;

public class LiquidExpressionTests
{
    private readonly ExpressionEvaluator _evaluator = new();

    private string Render(string template, ExpressionScope scope) =>
        _evaluator.Prepare(new InputValue(ExpressionType.Liquid, template, null)).Evaluate(scope)!.GetValue<string>();

    [Fact]
    public void Liquid_ReadsVariableMembers()
    {
        var scope = new ScopeBuilder()
            .Variable("traineeName", "Ann")
            .Variable("leave", new JsonObject { ["days"] = 3, ["paid"] = true, ["rate"] = 1.5 })
            .Build();

        Assert.Equal("Ann asks for 3 days (paid: true, rate 1.5)", Render("{{ Variables.traineeName }} asks for {{ Variables.leave.days }} days (paid: {{ Variables.leave.paid }}, rate {{ Variables.leave.rate }})", scope));
    }

    [Fact]
    public void Liquid_ReadsLastResultInputAndWorkflow()
    {
        var scope = new ScopeBuilder().LastResult(new JsonObject { ["outcome"] = "Approved" }).Input("reason", "sick").Build();

        Assert.Equal("Approved sick inst-1 leave-request 3 corr-1", Render("{{ LastResult.outcome }} {{ Input.reason }} {{ Workflow.Id }} {{ Workflow.DefinitionId }} {{ Workflow.Version }} {{ Workflow.CorrelationId }}", scope));
    }

    [Fact]
    public void Liquid_LoopsOverArrays()
    {
        var scope = new ScopeBuilder().Variable("list", new JsonArray("One", "Two")).Build();

        Assert.Equal("[One][Two] 2 Two", Render("{% for x in Variables.list %}[{{ x }}]{% endfor %} {{ Variables.list.size }} {{ Variables.list[1] }}", scope));
    }

    [Fact]
    public void Liquid_MissingMember_RendersEmpty_AndTextIsNotHtmlEncoded()
    {
        var scope = new ScopeBuilder().Variable("title", "R&D <intro>").Build();

        Assert.Equal("R&D <intro>|", Render("{{ Variables.title }}|{{ Variables.nobody.name }}", scope));
    }

    [Fact]
    public void Liquid_Now_IsTheScopeClockInShanghaiTime()
    {
        Assert.Equal("2026-08-31 00:00", Render("{{ 'now' | date: '%Y-%m-%d %H:%M' }}", new ScopeBuilder().Build()));
    }

    [Fact]
    public void Liquid_EndlessLoop_HitsTheStepLimit()
    {
        var evaluator = new ExpressionEvaluator(new SandboxOptions { TemplateMaxSteps = 1000 });
        var prepared = evaluator.Prepare(new InputValue(ExpressionType.Liquid, "{% for i in (1..100000) %}{{ i }}{% endfor %}", null));

        var error = Assert.Throws<ExpressionException>(() => prepared.Evaluate(new ScopeBuilder().Build()));

        Assert.Equal("Liquid template ran more than 1,000 steps", error.Message);
    }
}
