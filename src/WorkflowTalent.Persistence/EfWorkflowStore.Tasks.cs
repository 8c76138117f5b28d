using System.Text.Json;
using WorkflowTalent.Persistence.HumanTasks;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Persistence;

public sealed partial class EfWorkflowStore
{
    /// <summary>Who the history names for what the engine and the background jobs do.</summary>
    public const string SystemUser = "system";

    public void Opened(WorkflowInstance instance, Bookmark task)
    {
        var row = TaskRow(instance, task);
        row.Status = HumanTaskStatus.Open;
        History(row.Id, SystemUser, TaskAction.Created, row.Title);
    }

    public void Completed(WorkflowInstance instance, TaskCompleted completed)
    {
        ArgumentNullException.ThrowIfNull(completed);
        var row = TaskRow(instance, completed.Bookmark);
        var completion = completed.Completion;
        row.Status = HumanTaskStatus.Completed;
        row.Outcome = completion.Outcome;
        row.DataJson = completion.Data?.ToJsonString();
        row.Comment = completion.Comment;
        row.CompletedBy = completion.By.User ?? completion.By.Role;
        row.CompletedAt = completed.At;
        History(row.Id, row.CompletedBy, TaskAction.Completed, completion.Comment is { Length: > 0 } c ? $"{completion.Outcome}: {c}" : completion.Outcome, completed.At);
    }

    public void Cancelled(WorkflowInstance instance, Bookmark task, string? reason)
    {
        var row = TaskRow(instance, task);
        row.Status = HumanTaskStatus.Cancelled;
        row.CancelReason = reason;
        History(row.Id, SystemUser, TaskAction.Cancelled, reason);
    }

    public void Updated(WorkflowInstance instance, Bookmark task)
    {
        ArgumentNullException.ThrowIfNull(task);
        var wasOverdue = FindTaskRow(instance, task.Id)?.IsOverdue ?? false;
        if (TaskRow(instance, task) is { IsOverdue: true } row && !wasOverdue)
            History(row.Id, SystemUser, TaskAction.Overdue, null);
    }

    /// <summary>Stages one history entry for a task; saved with the step or the request that made the change.</summary>
    public TaskHistoryRecord History(string taskId, string by, TaskAction action, string? detail, DateTimeOffset? at = null)
    {
        var entry = new TaskHistoryRecord { TaskId = taskId, By = by, Action = action, Detail = detail, At = at ?? _clock.GetUtcNow() };
        _db.TaskHistory.Add(entry);
        return entry;
    }

    private TaskRecord? FindTaskRow(WorkflowInstance instance, string bookmarkId) =>
        MayBeStored(instance.Id, bookmarkId) ? _db.Tasks.Find(bookmarkId) : Staged(_db.Tasks, bookmarkId);

    // The task's row, staged or stored, with what the bookmark says now; added if the inbox has not seen it.
    private TaskRecord TaskRow(WorkflowInstance instance, Bookmark bookmark)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(bookmark);
        var task = bookmark.Task ?? throw new ArgumentException($"bookmark {bookmark.Id} is not a human task", nameof(bookmark));
        var row = FindTaskRow(instance, bookmark.Id);
        if (row is null)
        {
            row = new TaskRecord
            {
                Id = bookmark.Id,
                InstanceId = instance.Id,
                DefinitionId = instance.DefinitionId,
                ActivityId = bookmark.ActivityId,
                Title = task.Title,
                Description = task.Description,
                Role = task.Role,
                Scope = task.Scope,
                Status = HumanTaskStatus.Open,
                CreatedAt = task.CreatedAt,
                OutcomesJson = JsonSerializer.Serialize(task.Outcomes),
                FormJson = task.Form?.ToJsonString(),
            };
            _db.Tasks.Add(row);
        }

        row.ActivityId = bookmark.ActivityId;
        row.Due = task.Due;
        row.IsOverdue = task.IsOverdue;
        return row;
    }
}
