namespace WorkflowTalent.Workflows.Alterations;

/// <summary>
/// What migrating an instance to another version would do (a preview): where each pending
/// activity moves, and why the migration cannot be applied, if it cannot.
/// </summary>
public sealed record MigrationPlan(int FromVersion, int ToVersion, IReadOnlyList<MigrationMove> Moves, IReadOnlyList<string> Problems)
{
    public bool CanApply => Problems.Count == 0;
}

/// <summary>One piece of pending work (a task, timer, event wait, child wait, scheduled run or join token) and where it goes.</summary>
public sealed record MigrationMove(string What, string FromActivity, string ToActivity);
