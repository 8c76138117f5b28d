namespace WorkflowTalent.Workflows.Runtime;

/// <summary>What an activity's execution or resumption leads to.</summary>
public abstract record ActivityResult
{
    public static readonly ActivityResult Done = new Completed([Activities.Ports.Done]);
    public static readonly ActivityResult Wait = new Waiting();
    public static readonly ActivityResult FinishInstance = new Finish();

    public static ActivityResult LeaveBy(params IReadOnlyList<string> ports) => new Completed(ports);

    /// <summary>The activity is done and leaves by these ports (every connection of each is taken).</summary>
    public sealed record Completed(IReadOnlyList<string> Ports) : ActivityResult;

    /// <summary>The activity waits on the bookmarks it opened.</summary>
    public sealed record Waiting : ActivityResult;

    /// <summary>The activity leaves by these ports and keeps waiting (a task gone overdue, a recurring timer).</summary>
    public sealed record Continue(IReadOnlyList<string> Ports) : ActivityResult;

    /// <summary>Finishes the instance, cancelling everything still pending (Elsa.Finish, Elsa.End at the root).</summary>
    public sealed record Finish : ActivityResult;

    public sealed record Fault(string Message) : ActivityResult;
}
