using WorkflowTalent.Workflows.Alterations;
using WorkflowTalent.Workflows.Definitions;
using WorkflowTalent.Workflows.Runtime;
using WorkflowTalent.Workflows.Tests.Support;

namespace WorkflowTalent.Workflows.Tests.Migration;

/// <summary>Moving a waiting instance to a new version: pending work moves to mapped activities, nothing that ran runs again.</summary>
public sealed class MigrationTests
{
    private static readonly Dictionary<string, string> ReviewToApproval = new(StringComparer.Ordinal) { ["review"] = "approval" };

    // v1: start → before → review (task) → after
    private static WorkflowDefinition Version1() => new DefinitionBuilder("onboarding", 1)
        .Start()
        .WriteLine("before", "before")
        .HumanTask("review", "Manager", ["Approve"])
        .WriteLine("after", "after")
        .Chain("start", "before", "review")
        .Connect("review", "after", "Approve")
        .Build();

    // v2: review is renamed approval, and notify is added after it.
    private static WorkflowDefinition Version2() => new DefinitionBuilder("onboarding", 2)
        .Start()
        .WriteLine("before", "before")
        .HumanTask("approval", "Manager", ["Approve"])
        .WriteLine("notify", "notify")
        .WriteLine("after", "after")
        .Chain("start", "before", "approval")
        .Connect("approval", "notify", "Approve")
        .Chain("notify", "after")
        .Build();

    private static WorkflowHarness StartOnVersion1()
    {
        var harness = new WorkflowHarness(Version1(), [Version2()]);
        harness.Start();
        Assert.Equal(["review"], harness.OpenTasks);
        return harness;
    }

    [Fact]
    public void Migrate_MovesTheOpenTaskToTheRenamedActivity_AndRunsTheNewVersionsPath()
    {
        var harness = StartOnVersion1();

        var migrated = harness.Host.Migrate(harness.InstanceId, 2, ReviewToApproval);

        Assert.Equal(["Flowchart1 Altered Migrate v1 → v2: review → approval"], JournalTrace.Of(migrated.Journal));
        Assert.Equal(2, harness.Instance.DefinitionVersion);
        Assert.Equal(["approval"], harness.OpenTasks);
        Assert.Equal(WorkflowStatus.Waiting, harness.Instance.Status);

        var mark = harness.Journal.Count;
        harness.Complete("approval", "Approve", "Manager");

        Assert.Equal(
        [
            "approval TaskCompleted Approve", "approval Completed Approve",
            "notify Output notify", "notify Completed Done",
            "after Output after", "after Completed Done",
            "Flowchart1 Finished",
        ], harness.TraceSince(mark));
        foreach (var activity in new[] { "start", "before", "approval", "notify", "after" })
            Assert.Equal(1, harness.Count(activity, JournalEvents.Completed));
        Assert.Equal(0, harness.Count("review", JournalEvents.Completed));
        Assert.Equal(["before", "notify", "after"], harness.Output);
    }

    [Fact]
    public void Migrate_ReportsTheMovedTask_SoAHostsInboxLearnsItsNewActivity()
    {
        var harness = StartOnVersion1();

        var migrated = harness.Host.Migrate(harness.InstanceId, 2, ReviewToApproval);

        var moved = Assert.Single(migrated.Effects.Rescheduled);
        Assert.Equal(("approval", BookmarkKind.Task), (moved.ActivityId, moved.Kind));
    }

    [Fact]
    public void Migrate_Refused_WhenAnOpenActivityIsUnmapped_AndTheInstanceIsUnchanged()
    {
        var harness = StartOnVersion1();
        var before = harness.Serialized;

        var refused = Assert.Throws<WorkflowRefusedException>(() => harness.Host.Migrate(harness.InstanceId, 2));

        Assert.Equal(RefusalReason.Conflict, refused.Reason);
        Assert.Contains("review", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, harness.Serialized);
        Assert.Equal(1, harness.Instance.DefinitionVersion);
    }

    [Fact]
    public void Migrate_Refused_WhenATaskIsMappedOntoAnActivityThatIsNoTask()
    {
        var harness = StartOnVersion1();
        var before = harness.Serialized;

        var refused = Assert.Throws<WorkflowRefusedException>(() =>
            harness.Host.Migrate(harness.InstanceId, 2, new Dictionary<string, string>(StringComparer.Ordinal) { ["review"] = "notify" }));

        Assert.Contains("notify", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Elsa.WriteLine", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, harness.Serialized);
    }

    [Fact]
    public void PlanMigration_PreviewsTheMoves_WithoutChangingTheInstance()
    {
        var harness = StartOnVersion1();
        var before = harness.Serialized;
        var from = harness.Host.Compiled("onboarding", 1);
        var to = harness.Host.Compiled("onboarding", 2);

        var plan = InstanceAlterations.PlanMigration(from, to, harness.Instance, ReviewToApproval);
        var unmapped = InstanceAlterations.PlanMigration(from, to, harness.Instance);

        Assert.True(plan.CanApply);
        Assert.Equal((1, 2), (plan.FromVersion, plan.ToVersion));
        Assert.Equal([new MigrationMove("the open task", "review", "approval")], plan.Moves);
        Assert.False(unmapped.CanApply);
        Assert.Contains(unmapped.Problems, p => p.Contains("review", StringComparison.Ordinal));
        Assert.Equal(before, harness.Serialized);
    }

    [Fact]
    public void Migrate_KeepsTheTokensAWaitAllJoinHasReceived()
    {
        // v1: split → { review, quick } → join (WaitAll) → done; v2 adds audit between review and the join.
        static WorkflowDefinition Version(int version)
        {
            var builder = new DefinitionBuilder("checks", version)
                .Start()
                .Activity("split", "Elsa.FlowFork", ("branches", DefinitionBuilder.Literal("[\"A\",\"B\"]", "String[]")))
                .HumanTask("review", "Manager", ["Approve"])
                .WriteLine("quick", "quick")
                .Activity("join", "Elsa.FlowJoin", ("mode", DefinitionBuilder.Literal("WaitAll")))
                .WriteLine("done", "done")
                .Chain("start", "split")
                .Connect("split", "review", "A")
                .Connect("split", "quick", "B");
            if (version == 2)
                builder.WriteLine("audit", "audit").Connect("review", "audit", "Approve").Connect("audit", "join");
            else
                builder.Connect("review", "join", "Approve");
            return builder.Connect("quick", "join").Chain("join", "done").Build();
        }

        var harness = new WorkflowHarness(Version(1), [Version(2)]);
        harness.Start();
        Assert.Equal(["join"], harness.Instance.Flow.Tokens.Keys);

        harness.Host.Migrate(harness.InstanceId, 2);
        harness.Complete("review", "Approve", "Manager");

        Assert.Equal(["quick", "audit", "done"], harness.Output);
        Assert.Equal(1, harness.Count("join", JournalEvents.Completed));
        Assert.Equal(1, harness.Count("quick", JournalEvents.Completed));
    }

    [Fact]
    public void Migrate_Refused_WhenTheInstanceHasEnded()
    {
        var harness = StartOnVersion1();
        harness.Complete("review", "Approve", "Manager");
        var before = harness.Serialized;

        var refused = Assert.Throws<WorkflowRefusedException>(() => harness.Host.Migrate(harness.InstanceId, 2, ReviewToApproval));

        Assert.Equal(RefusalReason.Conflict, refused.Reason);
        Assert.Equal(before, harness.Serialized);
    }
}
