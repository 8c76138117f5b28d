using System.Text.Json.Nodes;
using WorkflowTalent.Workflows.Runtime;
using WorkflowTalent.Workflows.Tests.Support;
using static WorkflowTalent.Workflows.Tests.Support.DefinitionBuilder;

namespace WorkflowTalent.Workflows.Tests.HumanTasks;

/// <summary>What completing a task records: the result variable, the task's effects, and <c>lastResult</c>.</summary>
public sealed class HumanTaskResultTests
{
    [Fact]
    public void ResultVariable_ReceivesOutcomeDataCommentByAndAt()
    {
        var definition = new DefinitionBuilder("leave")
            .Variable("countyDecision")
            .Start()
            .HumanTask("approval", "CountyOrganization", ["Approve", "Reject"], ("scope", Literal("county-07")), ("resultVariable", JsonValue.Create("countyDecision")))
            .WriteLineScript("report", "getCountyDecision().outcome + ' by ' + getCountyDecision().by.user + ': ' + lastResult.comment")
            .Chain("start", "approval")
            .Connect("approval", "report", "Approve")
            .Build();
        var driver = new RuntimeDriver(definition);
        driver.Start();
        driver.Clock.Advance(TimeSpan.FromHours(2));

        var step = driver.Complete("approval", "Approve", "CountyOrganization", "county-07", "wang", new JsonObject { ["days"] = 3 }, "ok");

        var expected = JsonNode.Parse("""
            {
              "outcome": "Approve",
              "data": { "days": 3 },
              "comment": "ok",
              "by": { "user": "wang", "role": "CountyOrganization", "scope": "county-07" },
              "at": "2026-03-02T11:00:00+08:00"
            }
            """);
        Assert.True(JsonNode.DeepEquals(expected, driver.Current.Variables["countyDecision"]), driver.Current.Variables["countyDecision"]?.ToJsonString());
        Assert.Equal(["Approve by wang: ok"], JournalTrace.Output(step.Journal));
        var completed = Assert.Single(step.Effects.TasksCompleted);
        Assert.Equal("approval", completed.Bookmark.ActivityId);
        Assert.Equal(driver.Clock.GetUtcNow(), completed.At);
        Assert.Equal("wang", step.Journal.Single(e => e.Event == JournalEvents.TaskCompleted).By);
    }

    [Fact]
    public void TaskCreated_JournalsRoleScopeTitleAndDue()
    {
        var definition = new DefinitionBuilder("leave")
            .Variable("traineeName", "String")
            .Start()
            .HumanTask("approval", "CountyOrganization", ["Approve"],
                ("title", new JsonObject { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = "Liquid", ["value"] = "审批 {{ Variables.traineeName }} 的请假" } }),
                ("scope", Literal("county-07")), ("due", Literal("P3D")))
            .Chain("start", "approval")
            .Build();
        var driver = new RuntimeDriver(definition);

        var step = driver.Start(new JsonObject { ["traineeName"] = "李四" });

        var created = step.Journal.Single(e => e.Event == JournalEvents.TaskCreated);
        Assert.Equal(("CountyOrganization", "county-07", "审批 李四 的请假", "2026-03-05T09:00:00+08:00"), (created.Role, created.Scope, created.Title, created.Due));
        var opened = Assert.Single(step.Effects.Opened);
        Assert.Equal(["Approve"], opened.Task!.Outcomes);
        // Without escalation the due date is shown, but no timer runs.
        Assert.Null(opened.Due);
    }
}
