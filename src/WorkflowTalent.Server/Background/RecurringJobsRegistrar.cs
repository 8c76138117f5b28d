using Hangfire;
using Microsoft.Extensions.Options;

namespace WorkflowTalent.Server.Background;

/// <summary>
/// Registers (or updates) the recurring jobs at start, on every node: AddOrUpdate is idempotent, and a node that runs
/// no Hangfire server still keeps the schedule current for those that do.
/// </summary>
internal sealed class RecurringJobsRegistrar(IRecurringJobManager jobs, IOptions<BackgroundOptions> options) : IHostedService
{
    public const string TimerSweep = "timer-sweep";
    public const string MailDispatch = "mail-dispatch";
    public const string TaskReminders = "task-reminders";
    public const string DailyDigest = "daily-digest";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var schedule = new RecurringJobOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone) };
        // CancellationToken.None is replaced by Hangfire with the job's own token (server shutdown, job deleted).
        jobs.AddOrUpdate<TimerSweepJob>(TimerSweep, job => job.RunAsync(CancellationToken.None), settings.TimerSweepCron, schedule);
        jobs.AddOrUpdate<MailDispatchJob>(MailDispatch, job => job.RunAsync(CancellationToken.None), settings.MailDispatchCron, schedule);
        jobs.AddOrUpdate<TaskRemindersJob>(TaskReminders, job => job.RunAsync(CancellationToken.None), settings.TaskRemindersCron, schedule);
        jobs.AddOrUpdate<DailyDigestJob>(DailyDigest, job => job.RunAsync(CancellationToken.None), settings.DailyDigestCron, schedule);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
