using System.Collections;
using WorkflowTalent.Workflows.Definitions;
using WorkflowTalent.Workflows.Expressions;
using WorkflowTalent.Workflows.Time;

namespace WorkflowTalent.Workflows.Runtime;

/// <summary>
/// One step of one instance: runs scheduled activities in order until nothing is scheduled, then
/// the instance waits or finishes. Holds Elsa's flowchart rules: every connection of a fired port
/// is taken in listed order; joins wait until no more tokens can arrive (dead-path elimination,
/// decided by reachability from what is still pending); backward connections start a fresh round.
/// </summary>
internal sealed class FlowchartRun
{
    private readonly WorkflowRuntime _runtime;
    private readonly int _journalStart;
    private int _executed;

    public FlowchartRun(WorkflowRuntime runtime, CompiledWorkflow workflow, WorkflowInstance instance)
    {
        _runtime = runtime;
        Workflow = workflow;
        Instance = instance;
        _journalStart = instance.Journal.Count;
        Now = runtime.Clock.GetUtcNow();
    }

    public CompiledWorkflow Workflow { get; }
    public WorkflowInstance Instance { get; }
    public StepEffects Effects { get; } = new();
    public DateTimeOffset Now { get; }
    private FlowGraph Graph => Workflow.Graph;
    private FlowState Flow => Instance.Flow;

    // Built per evaluation: LastResult and the correlation id change during a step.
    public ExpressionScope Scope => new()
    {
        Variables = Instance.Variables,
        DeclaredVariables = Workflow.VariableNames,
        VariableTypes = Workflow.VariableTypes,
        Input = Instance.Input,
        LastResult = Instance.LastResult,
        InstanceId = Instance.Id,
        DefinitionId = Instance.DefinitionId,
        Version = Instance.DefinitionVersion,
        CorrelationId = Instance.CorrelationId,
        Clock = _runtime.Clock,
    };

    public StepResult Result()
    {
        Instance.UpdatedAt = Now;
        return new(Instance, Instance.Journal.GetRange(_journalStart, Instance.Journal.Count - _journalStart), Effects);
    }

    public JournalEntry Entry(ActivityNode node, string journalEvent) => new()
    {
        Time = ShanghaiTime.Format(Now),
        Activity = node.Id,
        Type = node.Type,
        Event = journalEvent,
    };

    public JournalEntry InstanceEntry(string journalEvent) => new()
    {
        Time = ShanghaiTime.Format(Now),
        Activity = Workflow.Definition.Root.Id,
        Type = "Elsa.Flowchart",
        Event = journalEvent,
    };

    public string NextBookmarkId() => $"{Instance.Id}-b{++Instance.Sequence}";

    public void Schedule(int activity) => Flow.Scheduled.Add(new WorkItem(Workflow.Activities[activity].Id));

    /// <summary>Runs until nothing is scheduled; then the instance waits on its bookmarks or finishes.</summary>
    public void RunToWait()
    {
        if (Instance.IsEnded)
            return;
        Instance.Status = WorkflowStatus.Running;
        while (!Instance.IsEnded)
        {
            if (Flow.Scheduled.Count == 0)
            {
                if (!FirePendingJoins())
                    break;
                continue;
            }

            var item = Flow.Scheduled[0];
            Flow.Scheduled.RemoveAt(0);
            if (!Graph.IndexOf.TryGetValue(item.ActivityId, out var index))
                continue;
            Execute(index);
            if (Flow.Tokens.Count > 0 && !Instance.IsEnded)
                FirePendingJoins();
        }

        if (Instance.IsEnded)
            return;
        if (Instance.Bookmarks.Count == 0)
            End(WorkflowStatus.Finished, JournalEvents.Finished);
        else
            Instance.Status = WorkflowStatus.Waiting;
    }

    private void Execute(int index)
    {
        var node = Workflow.Activities[index];
        if (++_executed > _runtime.Options.MaxActivitiesPerStep)
        {
            Fault(node, $"more than {_runtime.Options.MaxActivitiesPerStep} activities ran in one step without waiting; is there a loop with no wait in it?");
            return;
        }

        var context = new ActivityContext(this, index);
        Apply(index, Guard(node, () => Workflow.Implementations[index].Execute(context)), resumed: null);
    }

    /// <summary>Resumes one bookmark with a signal and applies what its activity answers.</summary>
    public void Resume(Bookmark bookmark, ResumeSignal signal)
    {
        if (!Graph.IndexOf.TryGetValue(bookmark.ActivityId, out var index))
            throw new WorkflowRefusedException($"activity {bookmark.ActivityId} is not in version {Workflow.Version}", RefusalReason.Conflict);
        var node = Workflow.Activities[index];
        var context = new ActivityContext(this, index);
        Apply(index, Guard(node, () => Workflow.Implementations[index].Resume(context, bookmark, signal)), bookmark);
    }

    private static ActivityResult Guard(ActivityNode node, Func<ActivityResult> run)
    {
        try
        {
            return run();
        }
        catch (ExpressionException ex)
        {
            return new ActivityResult.Fault(ex.Message);
        }
        catch (ActivityFaultException ex)
        {
            return new ActivityResult.Fault(ex.Message);
        }
#pragma warning disable CA1031 // An activity's failure faults its instance; it must never take the host down.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return new ActivityResult.Fault($"{node.Type} failed: {ex.Message}");
        }
    }

    private void Apply(int index, ActivityResult result, Bookmark? resumed)
    {
        var node = Workflow.Activities[index];
        switch (result)
        {
            case ActivityResult.Completed completed:
                Close(resumed);
                Instance.Journal.Add(Entry(node, JournalEvents.Completed) with { Port = string.Join(',', completed.Ports) });
                Leave(index, completed.Ports);
                break;
            case ActivityResult.Continue continued:
                Leave(index, continued.Ports);
                break;
            case ActivityResult.Waiting:
                break;
            case ActivityResult.Finish:
                Close(resumed);
                Instance.Journal.Add(Entry(node, JournalEvents.Completed));
                CancelEverything($"{node.Id} finished the workflow");
                End(WorkflowStatus.Finished, JournalEvents.Finished);
                break;
            case ActivityResult.Fault fault:
                // The bookmark that was resumed is spent, not cancelled: only the rest of the pending work is.
                Close(resumed);
                Fault(node, fault.Message);
                break;
        }
    }

    private void Close(Bookmark? bookmark)
    {
        if (bookmark is not null && Instance.Bookmarks.Remove(bookmark))
            Effects.Closed.Add(new ClosedBookmark(bookmark, Cancelled: false, Reason: null));
    }

    // Takes every connection of the fired ports, in listed order. Tokens are all delivered before any
    // join is tried, so that a join never runs while a sibling delivery of the same activity is pending.
    private void Leave(int index, IReadOnlyList<string> ports)
    {
        List<int>? toTry = null;
        foreach (var connection in Graph.Outbound[index])
        {
            if (!Contains(ports, connection.SourcePort))
                continue;
            var target = Graph.IndexOf[connection.Target];
            var kind = Workflow.JoinKinds[target];
            if (Graph.IsBackward.Contains(connection.Index) && kind != JoinKind.Converge)
            {
                StartRound(connection.Index);
                Schedule(target);
                continue;
            }

            switch (kind)
            {
                case JoinKind.Single or JoinKind.Cascade:
                    Schedule(target);
                    break;
                case JoinKind.WaitAny or JoinKind.Race:
                    // WaitAny / Race: the first arrival runs the join and cancels the other inbound paths.
                    if (Flow.JoinsFired.Add(Workflow.Activities[target].Id))
                    {
                        CancelOtherInboundPaths(target, connection);
                        Schedule(target);
                    }

                    break;
                default:
                    var id = Workflow.Activities[target].Id;
                    if (!Flow.Tokens.TryGetValue(id, out var tokens))
                        Flow.Tokens[id] = tokens = [];
                    if (!tokens.Contains(connection.Index))
                        tokens.Add(connection.Index);
                    (toTry ??= []).Add(target);
                    break;
            }
        }

        if (toTry is null)
            return;
        foreach (var target in toTry.Distinct())
            TryFire(target);
    }

    private static bool Contains(IReadOnlyList<string> ports, string port)
    {
        for (var i = 0; i < ports.Count; i++)
        {
            if (string.Equals(ports[i], port, StringComparison.Ordinal))
                return true;
        }

        return false;
    }

    private bool FirePendingJoins()
    {
        var fired = false;
        foreach (var id in Flow.Tokens.Keys.ToArray())
        {
            if (Graph.IndexOf.TryGetValue(id, out var target))
                fired |= TryFire(target);
        }

        return fired;
    }

    private bool TryFire(int target)
    {
        var id = Workflow.Activities[target].Id;
        if (!Flow.Tokens.TryGetValue(id, out var tokens) || tokens.Count == 0)
            return false;
        var forward = Graph.ForwardInbound[target];
        var allForward = forward.All(c => tokens.Contains(c.Index));
        bool ready;
        switch (Workflow.JoinKinds[target])
        {
            case JoinKind.WaitAll:
                ready = allForward;
                if (!ready && !CanStillArrive(target, forward, tokens))
                    Flow.Tokens.Remove(id); // a path was not taken: WaitAll is skipped
                break;
            case JoinKind.Merge:
                ready = allForward;
                break;
            case JoinKind.Converge:
                ready = Graph.Inbound[target].All(c => tokens.Contains(c.Index));
                break;
            case JoinKind.Stream:
                ready = !forward.Any(c => IsLive(Graph.IndexOf[c.Source]));
                break;
            default:
                ready = allForward || !CanStillArrive(target, forward, tokens);
                break;
        }

        if (!ready)
            return false;
        Flow.Tokens.Remove(id);
        Schedule(target);
        return true;
    }

    private bool CanStillArrive(int target, FlowConnection[] forward, List<int> tokens)
    {
        var live = LiveActivities();
        if (live.Count == 0)
            return false;
        foreach (var connection in forward)
        {
            if (!tokens.Contains(connection.Index) && Graph.CanReach(live, Graph.IndexOf[connection.Source], target))
                return true;
        }

        return false;
    }

    private List<int> LiveActivities()
    {
        var live = new List<int>(Flow.Scheduled.Count + Instance.Bookmarks.Count);
        foreach (var item in Flow.Scheduled)
        {
            if (Graph.IndexOf.TryGetValue(item.ActivityId, out var i))
                live.Add(i);
        }

        foreach (var bookmark in Instance.Bookmarks)
        {
            if (Graph.IndexOf.TryGetValue(bookmark.ActivityId, out var i))
                live.Add(i);
        }

        return live;
    }

    private bool IsLive(int activity)
    {
        var id = Workflow.Activities[activity].Id;
        return Flow.Scheduled.Exists(w => w.ActivityId == id) || Instance.Bookmarks.Exists(b => b.ActivityId == id);
    }

    private void CancelOtherInboundPaths(int join, FlowConnection arrival)
    {
        var keep = Graph.ForwardAncestors[Graph.IndexOf[arrival.Source]];
        var cancel = new BitArray(Graph.Outbound.Length);
        foreach (var connection in Graph.ForwardInbound[join])
        {
            if (connection.Index != arrival.Index)
                cancel.Or(Graph.ForwardAncestors[Graph.IndexOf[connection.Source]]);
        }

        foreach (var activity in LiveActivities().Distinct())
        {
            if (cancel[activity] && !keep[activity] && activity != join && !Graph.ForwardAncestors[activity][join])
                CancelActivity(Workflow.Activities[activity].Id, $"{Workflow.Activities[join].Id} ran on another path");
        }
    }

    // A backward connection starts a new round of its loop: the loop's joins forget their tokens.
    private void StartRound(int backwardConnection)
    {
        foreach (var activity in Graph.LoopBodies[backwardConnection])
        {
            var id = Workflow.Activities[activity].Id;
            Flow.Tokens.Remove(id);
            Flow.JoinsFired.Remove(id);
        }
    }

    /// <summary>Cancels an activity's pending work: scheduled runs, open tasks, timers and event waits, each journalled.</summary>
    public void CancelActivity(string activityId, string reason)
    {
        Flow.Scheduled.RemoveAll(w => w.ActivityId == activityId);
        Flow.Tokens.Remove(activityId);
        var node = Workflow.FindActivity(activityId);
        foreach (var bookmark in Instance.Bookmarks.Where(b => b.ActivityId == activityId).ToArray())
        {
            Instance.Bookmarks.Remove(bookmark);
            Effects.Closed.Add(new ClosedBookmark(bookmark, Cancelled: true, reason));
            if (node is null)
                continue;
            var journalEvent = bookmark.Kind == BookmarkKind.Task ? JournalEvents.TaskCancelled : JournalEvents.Cancelled;
            Instance.Journal.Add(Entry(node, journalEvent) with { Reason = reason });
        }
    }

    public void CancelEverything(string reason)
    {
        Flow.Scheduled.Clear();
        Flow.Tokens.Clear();
        foreach (var activityId in Instance.Bookmarks.Select(b => b.ActivityId).Distinct(StringComparer.Ordinal).ToArray())
            CancelActivity(activityId, reason);
    }

    public void Fault(ActivityNode node, string message)
    {
        // The faulting activity's own waits end with its fault, journalled once as Faulted; the rest is cancelled.
        foreach (var own in Instance.Bookmarks.Where(b => b.ActivityId == node.Id).ToArray())
        {
            Instance.Bookmarks.Remove(own);
            Effects.Closed.Add(new ClosedBookmark(own, Cancelled: true, message));
        }

        CancelEverything("the instance faulted");
        Instance.FaultMessage = message;
        Instance.FaultActivity = node.Id;
        Instance.Status = WorkflowStatus.Faulted;
        Instance.EndedAt = Now;
        Instance.Journal.Add(Entry(node, JournalEvents.Faulted) with { Message = message });
    }

    public void End(WorkflowStatus status, string journalEvent, string? reason = null)
    {
        Instance.Status = status;
        Instance.EndedAt = Now;
        Instance.Journal.Add(InstanceEntry(journalEvent) with { Reason = reason });
    }
}
