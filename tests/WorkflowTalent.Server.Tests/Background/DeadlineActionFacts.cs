using WorkflowTalent.Persistence.HumanTasks;
using WorkflowTalent.Server.Notifications;

namespace WorkflowTalent.Server.Tests.Background;

/// <summary>How a deadline rule reads its "after" and which tasks it applies to.</summary>
public sealed class DeadlineActionFacts
{
    private static readonly DateTimeOffset Created = new(2026, 9, 1, 9, 0, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData("P2D", 2 * 24)]
    [InlineData("due", 3 * 24)]
    [InlineData("due+PT4H", 3 * 24 + 4)]
    [InlineData(" Due + P1D ", 4 * 24)]
    public void DeadlineOf_CountsFromCreationOrFromTheDueTime(string after, int hoursAfterCreation)
    {
        var rule = new DeadlineAction { After = after };
        Assert.Equal(Created.AddHours(hoursAfterCreation), rule.DeadlineOf(Task(due: Created.AddDays(3))));
    }

    [Fact]
    public void DeadlineOf_IsNone_ForADueRuleOnATaskWithoutADueTime() =>
        Assert.Null(new DeadlineAction { After = "due" }.DeadlineOf(Task(due: null)));

    [Theory]
    [InlineData("P2D", true)]
    [InlineData("due+PT1H", true)]
    [InlineData("two days", false)]
    [InlineData("due-P1D", false)]
    public void IsValid_AcceptsIsoDurationsAndDue(string after, bool valid) => Assert.Equal(valid, DeadlineAction.IsValid(after));

    [Fact]
    public void StillNot_Claimed_HoldsOnlyForAnUnassignedOpenTask()
    {
        var rule = new DeadlineAction { WhenNot = DeadlineCondition.Claimed };
        Assert.True(rule.StillNot(Task(due: null)));
        Assert.False(rule.StillNot(Task(due: null, assignee: "eshan.org")));
    }

    [Fact]
    public void Specificity_RanksActivityOverDefinitionOverDefault()
    {
        Assert.Equal([0, 1, 3], new[]
        {
            new DeadlineAction(),
            new DeadlineAction { DefinitionId = "talent-leave" },
            new DeadlineAction { DefinitionId = "talent-leave", ActivityId = "county" },
        }.Select(r => r.Specificity));
        Assert.False(new DeadlineAction { DefinitionId = "talent-leave", ActivityId = "unitHr" }.Matches(Task(due: null)));
    }

    private static TaskRecord Task(DateTimeOffset? due, string? assignee = null) => new()
    {
        Id = "t1", InstanceId = "i1", DefinitionId = "talent-leave", ActivityId = "county", Title = "审批", Role = "CountyOrganization",
        CreatedAt = Created, Due = due, Assignee = assignee, Status = HumanTaskStatus.Open,
    };
}
