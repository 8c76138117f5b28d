using System.Text.Json.Nodes;
using WorkflowTalent.Workflows.Runtime;
using WorkflowTalent.Workflows.Tests.Support;
using static WorkflowTalent.Workflows.Tests.Support.DefinitionBuilder;

namespace WorkflowTalent.Workflows.Tests.HumanTasks;

/// <summary>Who may complete a task, and with what: every refusal leaves the instance exactly as it was.</summary>
public sealed class HumanTaskRefusalTests
{
    private static RuntimeDriver StartApproval(JsonNode? scope = null)
    {
        var builder = new DefinitionBuilder("leave-approval")
            .Variable("county", "String")
            .Start()
            .HumanTask("approval", "CountyOrganization", ["Approve", "Reject"], scope is null ? [] : [("scope", scope)])
            .WriteLine("approved", "approved")
            .Chain("start", "approval")
            .Connect("approval", "approved", "Approve");
        var driver = new RuntimeDriver(builder.Build());
        driver.Start(new JsonObject { ["county"] = "county-07" });
        return driver;
    }

    [Fact]
    public void Complete_RefusedAsForbidden_WhenRoleDiffers()
    {
        var driver = StartApproval();
        var before = driver.Serialized;

        var refused = Assert.Throws<WorkflowRefusedException>(() => driver.Complete("approval", "Approve", "Trainee"));

        Assert.Equal(RefusalReason.Forbidden, refused.Reason);
        Assert.Contains("CountyOrganization", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, driver.Serialized);
    }

    [Fact]
    public void Complete_RefusedAsForbidden_WhenScopeDiffers()
    {
        var driver = StartApproval(Literal("county-07"));
        var before = driver.Serialized;

        var otherCounty = Assert.Throws<WorkflowRefusedException>(() => driver.Complete("approval", "Approve", "CountyOrganization", scope: "county-08"));
        var noCounty = Assert.Throws<WorkflowRefusedException>(() => driver.Complete("approval", "Approve", "CountyOrganization"));

        Assert.Equal(RefusalReason.Forbidden, otherCounty.Reason);
        Assert.Equal(RefusalReason.Forbidden, noCounty.Reason);
        Assert.Contains("county-07", otherCounty.Message, StringComparison.Ordinal);
        Assert.Equal(before, driver.Serialized);
    }

    [Fact]
    public void Complete_RefusedAsInvalid_WhenOutcomeIsNotOffered()
    {
        var driver = StartApproval();
        var before = driver.Serialized;

        var refused = Assert.Throws<WorkflowRefusedException>(() => driver.Complete("approval", "Maybe", "CountyOrganization"));

        Assert.Equal(RefusalReason.Invalid, refused.Reason);
        Assert.Contains("Maybe", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, driver.Serialized);
    }

    [Fact]
    public void Complete_RefusedAsNotFound_WhenNoSuchTaskIsOpen()
    {
        var driver = StartApproval();
        var before = driver.Serialized;

        var refused = Assert.Throws<WorkflowRefusedException>(() => driver.Complete("approved", "Approve", "CountyOrganization"));

        Assert.Equal(RefusalReason.NotFound, refused.Reason);
        Assert.Equal(before, driver.Serialized);
    }

    [Fact]
    public void Complete_Accepted_WhenRoleScopeAndOutcomeMatch_AfterARefusal()
    {
        var driver = StartApproval(Literal("county-07"));
        Assert.Throws<WorkflowRefusedException>(() => driver.Complete("approval", "Approve", "CountyOrganization", scope: "county-08"));

        var step = driver.Complete("approval", "Approve", "CountyOrganization", scope: "county-07", user: "wang");

        Assert.Equal(["approval TaskCompleted Approve", "approval Completed Approve", "approved Output approved", "approved Completed Done", "Flowchart1 Finished"], JournalTrace.Of(step.Journal));
        Assert.Equal("wang", step.Journal[0].By);
        Assert.Equal(WorkflowStatus.Finished, driver.Current.Status);
    }

    [Theory]
    [InlineData("getCounty()")]
    [InlineData("variables.county")]
    public void Scope_ComesFromAJavaScriptExpressionOnAVariable(string script)
    {
        var driver = StartApproval(JavaScript(script, "String"));

        var created = driver.Current.Journal.Single(e => e.Event == JournalEvents.TaskCreated);
        Assert.Equal("county-07", created.Scope);
        Assert.Equal("county-07", driver.Current.OpenTasks.Single().Task!.Scope);
        var refused = Assert.Throws<WorkflowRefusedException>(() => driver.Complete("approval", "Approve", "CountyOrganization", scope: "county-08"));
        Assert.Equal(RefusalReason.Forbidden, refused.Reason);

        driver.Complete("approval", "Reject", "CountyOrganization", scope: "county-07");

        Assert.Equal(WorkflowStatus.Finished, driver.Current.Status);
    }
}
