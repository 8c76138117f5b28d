using WorkflowTalent.Plan.Batches;
using WorkflowTalent.Plan.Settings;

namespace WorkflowTalent.Plan.Tests.Batches;

public sealed class BatchLifecycleTests
{
    private static readonly Batch Planning = Batch.Create(2024, PlanSettings.Default, Shanghai.Zone).Value!;

    [Fact]
    public void Move_FollowsPlanningRecruitingTrainingClosed_R6_1_R6_5_R16_1()
    {
        var batch = Planning;
        foreach (var next in new[] { BatchState.Recruiting, BatchState.Training, BatchState.Closed })
        {
            var result = BatchLifecycle.Move(batch, next);
            Assert.True(result.IsAccepted, next.ToString());
            batch = result.Value!;
            Assert.Equal(next, batch.State);
        }

        Assert.Empty(BatchLifecycle.NextStates(BatchState.Closed));
        Assert.Equal(BatchState.Planning, Planning.State);
    }

    [Fact]
    public void Move_RefusesSkippingRecruitment_R6_1()
    {
        var result = BatchLifecycle.Move(Planning, BatchState.Training);

        Assert.False(result.IsAccepted);
        var refusal = Assert.Single(result.Refusals);
        Assert.Equal("R6.5", refusal.RuleId);
        Assert.Equal("2024 年批次处于「计划」阶段，不能转为「研修」", refusal.Message.ZhCn);
        Assert.Equal("The 2024 batch is planning and cannot move to training", refusal.Message.En);
    }

    [Theory]
    [InlineData(BatchState.Recruiting, BatchState.Planning)]
    [InlineData(BatchState.Training, BatchState.Recruiting)]
    [InlineData(BatchState.Closed, BatchState.Training)]
    [InlineData(BatchState.Planning, BatchState.Closed)]
    [InlineData(BatchState.Training, BatchState.Training)]
    public void Move_RefusesAnyOtherTransition(BatchState from, BatchState to)
    {
        Assert.False(BatchLifecycle.CanMove(from, to));
        Assert.False(BatchLifecycle.Move(Planning with { State = from }, to).IsAccepted);
    }
}
