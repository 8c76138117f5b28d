using WorkflowTalent.Persistence.Plan;

namespace WorkflowTalent.Server.Applications;

/// <summary>An application's state machine: the only moves the workflows' outcomes may make, each with its requirement.</summary>
public static class ApplicationLifecycle
{
    private static readonly Dictionary<(ApplicationStatus From, ApplicationStatus To), string> Transitions =
        new()
        {
            // R6.3, R6.4: approved and placed with a receiving unit, department, mentor and topic.
            [(ApplicationStatus.Applied, ApplicationStatus.Placed)] = "R6.4",
            [(ApplicationStatus.Recommended, ApplicationStatus.Placed)] = "R6.4",
            [(ApplicationStatus.Approved, ApplicationStatus.Placed)] = "R6.4",

            // R6.1–R6.4: any stage of selection declined.
            [(ApplicationStatus.Applied, ApplicationStatus.Rejected)] = "R6.4",
            [(ApplicationStatus.Recommended, ApplicationStatus.Rejected)] = "R6.4",
            [(ApplicationStatus.Approved, ApplicationStatus.Rejected)] = "R6.4",

            // R14.3, R16.1: graded, and back to the original unit.
            [(ApplicationStatus.Placed, ApplicationStatus.Completed)] = "R14.3",

            // R15.2: the place cancelled for breach of discipline.
            [(ApplicationStatus.Placed, ApplicationStatus.Cancelled)] = "R15.2",

            // R16.2: training extended into the next batch.
            [(ApplicationStatus.Placed, ApplicationStatus.Extended)] = "R16.2",
        };

    public static bool CanMove(ApplicationStatus from, ApplicationStatus to) => Transitions.ContainsKey((from, to));

    /// <summary>Moves the record when the move is allowed; false (and nothing changed) when it is not.</summary>
    public static bool TryMove(ApplicationRecord application, ApplicationStatus to, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(application);
        if (!CanMove(application.Status, to))
            return false;
        application.Status = to;
        application.StatusChangedAt = at;
        application.Revision++;
        return true;
    }

    /// <summary>The statuses in which a trainee is in training: leave, discipline, extension, report-in and training apply.</summary>
    public static bool IsPlaced(ApplicationStatus status) => status == ApplicationStatus.Placed;
}
