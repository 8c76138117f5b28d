using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Workflows.Alterations;

/// <summary>Alterations and migration of instances, checked whole before anything changes.</summary>
public static class InstanceAlterations
{
    /// <summary>Applies alterations in order, each journalled, then runs the instance to its next wait.</summary>
    public static StepResult Alter(this WorkflowRuntime runtime, CompiledWorkflow workflow, WorkflowInstance instance, IReadOnlyList<Alteration> alterations)
    {
        EnsureWaiting(instance);
        foreach (var alteration in alterations)
            Check(workflow, instance, alteration);

        var run = runtime.NewRun(workflow, instance);
        foreach (var alteration in alterations)
        {
            switch (alteration)
            {
                case Alteration.ModifyVariable modify:
                    instance.Variables[modify.Name] = JsonValues.Coerce(modify.Value?.DeepClone(), workflow.VariableTypes.GetValueOrDefault(modify.Name));
                    Journal(run, "SetVariable", modify.Name);
                    break;
                case Alteration.CancelActivity cancel:
                    Journal(run, "CancelActivity", cancel.ActivityId);
                    run.CancelActivity(cancel.ActivityId, "cancelled by an administrator");
                    break;
                case Alteration.ScheduleActivity schedule:
                    Journal(run, "ScheduleActivity", schedule.ActivityId);
                    run.Schedule(workflow.Graph.IndexOf[schedule.ActivityId]);
                    break;
            }
        }

        run.RunToWait();
        return run.Result();
    }

    /// <summary>Previews a migration: where each pending piece of work would go, and what stops it.</summary>
    public static MigrationPlan PlanMigration(CompiledWorkflow from, CompiledWorkflow to, WorkflowInstance instance, IReadOnlyDictionary<string, string>? mapping = null)
    {
        var moves = new List<MigrationMove>();
        var problems = new List<string>();
        if (from.DefinitionId != to.DefinitionId)
            problems.Add($"{to.DefinitionId} is another definition than {from.DefinitionId}");
        if (instance.IsEnded)
            problems.Add($"instance {instance.Id} has ended ({instance.Status})");

        void Move(string what, string activityId)
        {
            var target = Map(mapping, activityId);
            var source = from.FindActivity(activityId);
            var mapped = to.FindActivity(target);
            if (mapped is null)
                problems.Add($"{what} of activity {activityId} has no place in version {to.Version}: there is no activity {target}; map it to one");
            else if (source is not null && source.Type != mapped.Type)
                problems.Add($"{what} of activity {activityId} ({source.Type}) cannot move to {target}, which is a {mapped.Type}");
            else
                moves.Add(new MigrationMove(what, activityId, target));
        }

        foreach (var bookmark in instance.Bookmarks)
            Move(bookmark.Kind == BookmarkKind.Task ? "the open task" : $"the {bookmark.Kind.ToString().ToLowerInvariant()} wait", bookmark.ActivityId);
        foreach (var item in instance.Flow.Scheduled)
            Move("the scheduled run", item.ActivityId);
        return new MigrationPlan(instance.DefinitionVersion, to.Version, moves, problems);
    }

    /// <summary>
    /// Moves a waiting instance to another version: open tasks, timers and waits go to their mapped
    /// activities (by default the same id); nothing that already ran runs again. Refuses, changing
    /// nothing, when a pending activity has no place in the new version.
    /// </summary>
    public static StepResult Migrate(this WorkflowRuntime runtime, CompiledWorkflow from, CompiledWorkflow to, WorkflowInstance instance, IReadOnlyDictionary<string, string>? mapping = null)
    {
        var plan = PlanMigration(from, to, instance, mapping);
        if (!plan.CanApply)
            throw new WorkflowRefusedException($"cannot migrate instance {instance.Id} from v{plan.FromVersion} to v{plan.ToVersion}: {string.Join("; ", plan.Problems)}", RefusalReason.Conflict);

        var moved = new List<Bookmark>();
        foreach (var bookmark in instance.Bookmarks)
        {
            var target = Map(mapping, bookmark.ActivityId);
            if (target != bookmark.ActivityId)
                moved.Add(bookmark);
            bookmark.ActivityId = target;
        }

        var scheduled = instance.Flow.Scheduled.Select(w => new WorkItem(Map(mapping, w.ActivityId))).ToList();
        instance.Flow.Scheduled.Clear();
        instance.Flow.Scheduled.AddRange(scheduled);
        RemapTokens(from, to, instance, mapping);
        var fired = instance.Flow.JoinsFired.Select(id => Map(mapping, id)).Where(id => to.FindActivity(id) is not null).ToList();
        instance.Flow.JoinsFired.Clear();
        instance.Flow.JoinsFired.UnionWith(fired);
        foreach (var variable in to.Definition.Variables)
        {
            if (!instance.Variables.ContainsKey(variable.Name))
                instance.Variables[variable.Name] = JsonValues.Coerce(variable.Value?.DeepClone(), variable.TypeName);
        }

        instance.DefinitionVersion = to.Version;
        var run = runtime.NewRun(to, instance);
        // A host's inbox and timers learn of a task or wait that moved to another activity as a rescheduled bookmark.
        run.Effects.Rescheduled.AddRange(moved);
        var moves = plan.Moves.Count == 0 ? "nothing pending" : string.Join(", ", plan.Moves.Select(m => m.FromActivity == m.ToActivity ? m.FromActivity : $"{m.FromActivity} → {m.ToActivity}"));
        instance.Journal.Add(run.InstanceEntry(JournalEvents.Altered) with { Name = "Migrate", Text = $"v{plan.FromVersion} → v{plan.ToVersion}: {moves}" });
        run.RunToWait();
        return run.Result();
    }

    private static string Map(IReadOnlyDictionary<string, string>? mapping, string activityId) =>
        mapping is not null && mapping.TryGetValue(activityId, out var mapped) ? mapped : activityId;

    // Join tokens name connections of the old version; each moves to the connection of the new version
    // between the mapped activities, or is dropped when the new version has no such connection.
    private static void RemapTokens(CompiledWorkflow from, CompiledWorkflow to, WorkflowInstance instance, IReadOnlyDictionary<string, string>? mapping)
    {
        var oldConnections = from.Definition.Root.Connections.ToDictionary(c => c.Index);
        var remapped = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (activityId, tokens) in instance.Flow.Tokens)
        {
            var target = Map(mapping, activityId);
            var moved = new List<int>();
            foreach (var index in tokens)
            {
                if (!oldConnections.TryGetValue(index, out var old))
                    continue;
                var match = to.Definition.Root.Connections.FirstOrDefault(c =>
                    c.Source == Map(mapping, old.Source) && c.SourcePort == old.SourcePort && c.Target == target);
                if (match is not null)
                    moved.Add(match.Index);
            }

            if (moved.Count > 0 && to.FindActivity(target) is not null)
                remapped[target] = moved;
        }

        instance.Flow.Tokens.Clear();
        foreach (var (activityId, tokens) in remapped)
            instance.Flow.Tokens[activityId] = tokens;
    }

    private static void EnsureWaiting(WorkflowInstance instance)
    {
        if (instance.IsEnded)
            throw new WorkflowRefusedException($"instance {instance.Id} has ended ({instance.Status}); it cannot be altered", RefusalReason.Conflict);
    }

    private static void Check(CompiledWorkflow workflow, WorkflowInstance instance, Alteration alteration)
    {
        switch (alteration)
        {
            case Alteration.ModifyVariable modify when !workflow.VariableTypes.ContainsKey(modify.Name):
                throw new WorkflowRefusedException($"there is no variable {modify.Name} in {workflow.DefinitionId} v{workflow.Version}");
            case Alteration.CancelActivity cancel when workflow.FindActivity(cancel.ActivityId) is null:
                throw new WorkflowRefusedException($"there is no activity {cancel.ActivityId} in {workflow.DefinitionId} v{workflow.Version}", RefusalReason.NotFound);
            case Alteration.CancelActivity cancel when !instance.Bookmarks.Exists(b => b.ActivityId == cancel.ActivityId) && !instance.Flow.Scheduled.Exists(w => w.ActivityId == cancel.ActivityId):
                throw new WorkflowRefusedException($"activity {cancel.ActivityId} has no pending work to cancel", RefusalReason.Conflict);
            case Alteration.ScheduleActivity schedule when workflow.FindActivity(schedule.ActivityId) is null:
                throw new WorkflowRefusedException($"there is no activity {schedule.ActivityId} in {workflow.DefinitionId} v{workflow.Version}", RefusalReason.NotFound);
        }
    }

    private static void Journal(FlowchartRun run, string kind, string subject) =>
        run.Instance.Journal.Add(run.InstanceEntry(JournalEvents.Altered) with { Name = kind, Text = subject });
}
