using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.HumanTasks;
using WorkflowTalent.Persistence.Mail;
using WorkflowTalent.Persistence.Timers;
using WorkflowTalent.Server.Engine;
using WorkflowTalent.Server.Tests.Support;
using WorkflowTalent.Testing;

namespace WorkflowTalent.Server.Tests.Background;

/// <summary>Leave requests (R15.1) and the jobs, run the way Hangfire runs them: in a scope of their own.</summary>
public static class LeaveCases
{
    public const string EscalationSubject = "【玉溪市基层人才对口培养】请假审批逾期：李明（峨山彝族自治县委组织部未按时审批）";

    /// <summary>Five days of leave: the county and the unit HR office approve, each within approvalDue (P3D).</summary>
    public static Task<string> StartLongLeaveAsync(this ServiceFixture service) => service.StartLeaveAsync("2026-09-14", "2026-09-18");

    /// <summary>Two days: the receiving unit alone decides.</summary>
    public static Task<string> StartShortLeaveAsync(this ServiceFixture service) => service.StartLeaveAsync("2026-09-10", "2026-09-11");

    public static Task<string> StartLeaveAsync(this ServiceFixture service, string startDate, string endDate)
    {
        var input = LeaveInputs.For(startDate, endDate);
        return service.InScopeAsync(sp => Task.FromResult(
            sp.GetRequiredService<WorkflowSteps>().Run(h => h.Start("talent-leave", input)).Instance.Id));
    }

    public static Task<int> RunAsync<TJob>(this ServiceFixture service, Func<TJob, Task<int>> run) where TJob : notnull =>
        service.InScopeAsync(sp => run(sp.GetRequiredService<TJob>()));

    /// <summary>
    /// Leaves nothing of earlier tests pending: their timers and open tasks are closed and their mails marked sent, so a
    /// test's counts are its own (tests of one class share the service and run one after another).
    /// </summary>
    public static Task QuiesceAsync(this ServiceFixture service) => service.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<WorkflowDbContext>();
        await db.Timers.Where(t => t.State == TimerState.Pending).ExecuteUpdateAsync(s => s.SetProperty(t => t.State, TimerState.Cancelled));
        await db.Tasks.Where(t => t.Status == HumanTaskStatus.Open).ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, HumanTaskStatus.Cancelled));
        await db.OutboxMails.Where(m => m.Status != OutboxMailStatus.Sent).ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxMailStatus.Sent));
        return 0;
    });

    public static TaskRecord TaskOf(this ServiceFixture service, string instanceId, string activityId) =>
        service.Db(db => db.Tasks.AsNoTracking().Single(t => t.InstanceId == instanceId && t.ActivityId == activityId));

    public static List<TaskAction> History(this ServiceFixture service, string taskId) =>
        service.Db(db => db.TaskHistory.AsNoTracking().Where(h => h.TaskId == taskId).OrderBy(h => h.Id).Select(h => h.Action).ToList());

    public static List<OutboxMail> Outbox(this ServiceFixture service, string instanceId) =>
        service.Db(db => db.OutboxMails.AsNoTracking().Where(m => m.InstanceId == instanceId).OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).ToList());

    public static List<TimerRecord> Timers(this ServiceFixture service, string instanceId) =>
        service.Db(db => db.Timers.AsNoTracking().Where(t => t.InstanceId == instanceId).OrderBy(t => t.Id).ToList());
}
