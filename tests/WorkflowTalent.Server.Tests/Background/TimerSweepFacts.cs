using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowTalent.Persistence.Timers;
using WorkflowTalent.Server.Background;
using WorkflowTalent.Server.Tests.Support;

namespace WorkflowTalent.Server.Tests.Background;

/// <summary>The timer sweep on R15.1 leave: the approvals' approvalDue (P3D) timers fire once, when due, and not before.</summary>
public abstract class TimerSweepFacts<TFixture>(TFixture service) : IClassFixture<TFixture> where TFixture : ServiceFixture
{
    private static readonly TimeSpan ApprovalDue = TimeSpan.FromDays(3);

    [Fact]
    public async Task Sweep_FiresTheDueTimersOnce_AndNothingBeforeTheirTime()
    {
        await service.QuiesceAsync();
        var instanceId = await service.StartLongLeaveAsync();
        Assert.Equal([TimerState.Pending, TimerState.Pending], service.Timers(instanceId).Select(t => t.State));

        service.Clock.Advance(ApprovalDue - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await service.RunAsync<TimerSweepJob>(job => job.RunAsync()));
        Assert.All(service.Timers(instanceId), t => Assert.Equal(TimerState.Pending, t.State));

        service.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(2, await service.RunAsync<TimerSweepJob>(job => job.RunAsync()));
        var fired = service.Timers(instanceId);
        Assert.All(fired, t => Assert.Equal((TimerState.Fired, service.Clock.GetUtcNow()), (t.State, t.FiredAt)));
        Assert.Equal(0, await service.RunAsync<TimerSweepJob>(job => job.RunAsync()));

        // R15.1: overdue approvals stay open, and the Municipal Organisation Department is told, once per approval.
        Assert.True(service.TaskOf(instanceId, "county").IsOverdue);
        Assert.True(service.TaskOf(instanceId, "unitHr").IsOverdue);
        var escalations = service.Outbox(instanceId).Where(m => m.To == "rcgzk@yxzzb.example.cn").Select(m => m.Subject).Order().ToList();
        Assert.Equal([LeaveCases.EscalationSubject, "【玉溪市基层人才对口培养】请假审批逾期：李明（玉溪市人民医院组织人事科未按时审批）"], escalations);
    }

    [Fact]
    public async Task Sweep_FiresATimerThatFellDueWhileTheServiceWasDown_AtTheNextSweep()
    {
        await service.QuiesceAsync();
        var instanceId = await service.StartLongLeaveAsync();

        service.Clock.Advance(TimeSpan.FromDays(10)); // nobody swept meanwhile
        Assert.Equal(2, await service.RunAsync<TimerSweepJob>(job => job.RunAsync()));
        Assert.All(service.Timers(instanceId), t => Assert.Equal(TimerState.Fired, t.State));
    }

    [Fact]
    public async Task Sweep_SkipsATimerAnotherNodeFired()
    {
        await service.QuiesceAsync();
        var instanceId = await service.StartLongLeaveAsync();
        var county = service.TaskOf(instanceId, "county").Id;
        service.Clock.Advance(ApprovalDue);
        // Another node's sweep got there first.
        await service.InScopeAsync(sp => sp.GetRequiredService<Persistence.WorkflowDbContext>().Timers
            .Where(t => t.Id == county).ExecuteUpdateAsync(s => s.SetProperty(t => t.State, TimerState.Fired)));

        Assert.Equal(1, await service.RunAsync<TimerSweepJob>(job => job.RunAsync()));
        Assert.False(service.TaskOf(instanceId, "county").IsOverdue);
        Assert.True(service.TaskOf(instanceId, "unitHr").IsOverdue);
    }

    [Fact]
    public async Task Sweep_KeepsAFailingTimerPending_FiresTheOthers_AndPausesBeforeRetrying()
    {
        await service.QuiesceAsync();
        var broken = await service.StartLongLeaveAsync();
        var healthy = await service.StartLongLeaveAsync();
        await service.InScopeAsync(sp => sp.GetRequiredService<Persistence.WorkflowDbContext>().Instances
            .Where(i => i.Id == broken).ExecuteUpdateAsync(s => s.SetProperty(i => i.StateJson, "{ not json")));
        service.Clock.Advance(ApprovalDue);

        Assert.Equal(2, await service.RunAsync<TimerSweepJob>(job => job.RunAsync()));
        Assert.All(service.Timers(healthy), t => Assert.Equal(TimerState.Fired, t.State));
        Assert.All(service.Timers(broken), t => Assert.Equal(TimerState.Pending, t.State));
        // Not lost, and not retried at every sweep: the next attempt waits a minute.
        Assert.Equal(0, await service.RunAsync<TimerSweepJob>(job => job.RunAsync()));
        Assert.All(service.Timers(broken), t => Assert.Equal(TimerState.Pending, t.State));
        await service.QuiesceAsync(); // the broken instance's timers would fail the other tests' counts
    }

    [Fact]
    public async Task Sweep_CancelsATimerWhoseInstanceIsGone()
    {
        await service.QuiesceAsync();
        await service.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<Persistence.WorkflowDbContext>();
            db.Timers.Add(new TimerRecord { Id = "orphan-timer", InstanceId = "no-such-instance", Due = service.Clock.GetUtcNow(), State = TimerState.Pending });
            return await db.SaveChangesAsync();
        });

        Assert.Equal(0, await service.RunAsync<TimerSweepJob>(job => job.RunAsync()));
        Assert.Equal(TimerState.Cancelled, service.Db(db => db.Timers.Single(t => t.Id == "orphan-timer").State));
    }
}

public sealed class TimerSweepFactsOnSqlite(SqliteServiceFixture service) : TimerSweepFacts<SqliteServiceFixture>(service);

public sealed class TimerSweepFactsOnPostgreSql(PostgreSqlServiceFixture service) : TimerSweepFacts<PostgreSqlServiceFixture>(service);
