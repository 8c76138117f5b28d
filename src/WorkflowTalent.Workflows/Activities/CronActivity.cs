using Cronos;
using WorkflowTalent.Workflows.Runtime;
using WorkflowTalent.Workflows.Time;

namespace WorkflowTalent.Workflows.Activities;

/// <summary>Leaves by Done at every occurrence of a cron expression, in Asia/Shanghai time.</summary>
public sealed class CronActivity : Activity
{
    private static readonly ActivityResult Tick = new ActivityResult.Continue([Ports.Done]);

    public override string Type => "Elsa.Cron";

    public override IReadOnlyList<InputDescriptor> Inputs { get; } = [new("cronExpression", InputKind.Cron, Required: true)];

    public override ActivityResult Execute(ActivityContext context)
    {
        var expression = context.RequiredText("cronExpression");
        var next = Next(expression, context.Now) ?? throw new ActivityFaultException($"cron expression '{expression}' never occurs");
        context.OpenBookmark(BookmarkKind.Timer, next, recurrence: expression);
        return ActivityResult.Wait;
    }

    public override ActivityResult Resume(ActivityContext context, Bookmark bookmark, ResumeSignal signal)
    {
        context.Journal(context.Entry(JournalEvents.TimerFired));
        context.Reschedule(bookmark, Next(bookmark.Recurrence!, bookmark.Due ?? context.Now));
        return Tick;
    }

    /// <summary>Parses 5 fields (minutes) or 6 (seconds first), as Elsa accepts; null when it does not parse.</summary>
    public static CronExpression? TryParse(string? expression)
    {
        if (string.IsNullOrWhiteSpace(expression))
            return null;
        var fields = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (fields is not (5 or 6))
            return null;
        return CronExpression.TryParse(expression, fields == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard, out var cron) ? cron : null;
    }

    private static DateTimeOffset? Next(string expression, DateTimeOffset after)
    {
        var cron = TryParse(expression) ?? throw new ActivityFaultException($"'{expression}' is not a cron expression of 5 or 6 fields");
        return cron.GetNextOccurrence(after, ShanghaiTime.Zone);
    }
}
