using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.HumanTasks;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Server.Tasks;

/// <summary>Reads one task for a caller: its row, history and case; null when the caller may not see it.</summary>
public sealed class TaskReader(WorkflowDbContext db, TimeProvider clock)
{
    /// <summary>
    /// The task as it is after the caller's own change, which the caller was allowed to make; so also when the change
    /// took it out of their sight (a delegate handing it back).
    /// </summary>
    public async Task<TaskSummary?> AfterChangeAsync(string taskId, CancellationToken cancellationToken = default)
    {
        var task = await db.Tasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken);
        return task is null ? null : TaskSummary.From(task, clock.GetUtcNow());
    }

    public async Task<TaskDetails?> DetailsAsync(Access.Access access, string taskId, CancellationToken cancellationToken = default)
    {
        var task = await VisibleAsync(access, taskId, cancellationToken);
        if (task is null)
            return null;
        var history = await db.TaskHistory.AsNoTracking()
            .Where(h => h.TaskId == task.Id)
            .OrderBy(h => h.Id)
            .Select(h => new TaskHistoryEntry(h.Id, h.At, h.By, h.Action, h.Detail))
            .ToListAsync(cancellationToken);
        var @case = await db.Instances.AsNoTracking()
            .Where(i => i.Id == task.InstanceId)
            .Select(i => new CaseSummary(i.Id, i.Name, i.DefinitionId, i.DefinitionVersion, i.Status, i.CreatedAt, i.EndedAt))
            .FirstOrDefaultAsync(cancellationToken);
        // Whoever sees a task sees its case (Access.Instances), so the case's other steps too, as its journal shows them.
        var steps = await db.Tasks.AsNoTracking()
            .Where(t => t.InstanceId == task.InstanceId && t.Id != task.Id)
            .OrderBy(t => t.CreatedAt).ThenBy(t => t.Id)
            .Select(t => new CaseStep(t.Id, t.ActivityId, t.Title, t.Status, t.Outcome, t.Comment, t.CompletedBy, t.CreatedAt, t.CompletedAt))
            .ToListAsync(cancellationToken);
        return new TaskDetails(
            TaskSummary.From(task, clock.GetUtcNow()),
            task.Description,
            TaskCommands.Outcomes(task),
            Parse(task.FormJson),
            task.ClaimedAt,
            task.Outcome,
            Parse(task.DataJson),
            task.Comment,
            task.CompletedBy,
            task.CompletedAt,
            task.CancelReason,
            [.. history.Where(h => h.Action == TaskAction.Commented).Select(h => new TaskComment(h.At, h.By, h.Detail))],
            history,
            @case,
            steps);
    }

    // Administrators see every case, so every task's page too; they act on none (Access.CanWorkOn).
    private async Task<TaskRecord?> VisibleAsync(Access.Access access, string taskId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var task = await db.Tasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken);
        return task is not null && (access.CanSee(task) || access.Caller.IsAdministrator) ? task : null;
    }

    private static JsonNode? Parse(string? json) => string.IsNullOrEmpty(json) ? null : JsonValues.AsJson(JsonNode.Parse(json));
}
