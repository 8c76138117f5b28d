using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Benchmarks.Plan;

/// <summary>What one batch left behind, for the check that the benchmark measured the whole year and not a fault.</summary>
internal sealed record BatchTally(IReadOnlyList<BatchTally.YearEnd> Years, int Instances, int Tasks, int Mails, int TimersFired)
{
    public sealed record YearEnd(WorkflowStatus Status, string? Outcome, string? Grade);

    /// <summary>
    /// Throws unless every trainee's year ended as planned: finished with the trainee's grade (R14.3), or cancelled for
    /// the one disciplined (R15.2); and the counts of instances, tasks, mails and fired timers are those the paths give.
    /// </summary>
    public void Check(IReadOnlyList<BatchTrainee> trainees)
    {
        var problems = new List<string>();
        for (var i = 0; i < trainees.Count; i++)
        {
            var t = trainees[i];
            var expected = BatchYear.Disciplined(t) ? new YearEnd(WorkflowStatus.Cancelled, null, null) : new YearEnd(WorkflowStatus.Finished, "Trained", t.Grade);
            if (Years[i] != expected)
                problems.Add($"trainee {t.Id}: {Years[i]}, expected {expected}");
        }

        var (instances, tasks, mails, timers) = Expected(trainees);
        if ((Instances, Tasks, Mails, TimersFired) != (instances, tasks, mails, timers))
            problems.Add($"instances, tasks, mails, timers fired = ({Instances}, {Tasks}, {Mails}, {TimersFired}), expected ({instances}, {tasks}, {mails}, {timers})");
        if (problems.Count > 0)
            throw new InvalidOperationException("the batch did not run as planned: " + string.Join("; ", problems.Take(10)));
    }

    /// <summary>
    /// Per trainee who finishes: 4 instances (year, selection, report-in, training); 13 tasks (5 selection approvals,
    /// mobilisation, report-in time, arrival; plan, summary, approval, grade, research) and the follow-up plan for 优秀;
    /// 12 mails (3 selection notices, the report-in notice and its 7- and 1-day reminders, the plan notice, the four
    /// copies, the return notice); 5 timers (the two report-in reminders, the two summary reminders, the end of training).
    /// The disciplined trainee's year stops after the plan: 8 + 2 tasks, 3 + 3 + 1 mails, 2 timers; the discipline case
    /// adds 2 tasks and 2 mails, a leave and an extension 2 tasks and 2 mails each.
    /// </summary>
    public static (int Instances, int Tasks, int Mails, int TimersFired) Expected(IReadOnlyList<BatchTrainee> trainees)
    {
        var (instances, tasks, mails, timers) = (0, 0, 0, 0);
        foreach (var t in trainees)
        {
            (instances, tasks, mails, timers) = BatchYear.Disciplined(t)
                ? (instances + 4 + 1, tasks + 10 + 2, mails + 7 + 2, timers + 2)
                : (instances + 4, tasks + 13 + (t.Grade == "优秀" ? 1 : 0), mails + 12, timers + 5);
            if (BatchYear.TakesLeave(t))
                (instances, tasks, mails) = (instances + 1, tasks + 2, mails + 2);
            if (BatchYear.Extends(t))
                (instances, tasks, mails) = (instances + 1, tasks + 2, mails + 2);
        }

        return (instances, tasks, mails, timers);
    }
}
