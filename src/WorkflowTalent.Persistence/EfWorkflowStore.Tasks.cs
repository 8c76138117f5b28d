using WorkflowTalent.Persistence.HumanTasks;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Persistence;

public sealed partial class EfWorkflowStore
{
    public void Opened(WorkflowInstance instance, Bookmark task) => TaskRow(instance, task).Status = HumanTaskStatus.Open;

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
    }

    public void Cancelled(WorkflowInstance instance, Bookmark task, string? reason)
    {
        var row = TaskRow(instance, task);
        row.Status = HumanTaskStatus.Cancelled;
        row.CancelReason = reason;
    }

    public void Updated(WorkflowInstance instance, Bookmark task) => TaskRow(instance, task);

    // The task's row, staged or stored, with what the bookmark says now; added if the inbox has not seen it.
    private TaskRecord TaskRow(WorkflowInstance instance, Bookmark bookmark)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(bookmark);
        var task = bookmark.Task ?? throw new ArgumentException($"bookmark {bookmark.Id} is not a human task", nameof(bookmark));
        var row = db.Tasks.Find(bookmark.Id);
        if (row is null)
        {
            row = new TaskRecord
            {
                Id = bookmark.Id,
                InstanceId = instance.Id,
                ActivityId = bookmark.ActivityId,
                Title = task.Title,
                Role = task.Role,
                Scope = task.Scope,
                Status = HumanTaskStatus.Open,
                CreatedAt = task.CreatedAt,
                FormJson = task.Form?.ToJsonString(),
            };
            db.Tasks.Add(row);
        }

        row.ActivityId = bookmark.ActivityId;
        row.Due = task.Due;
        row.IsOverdue = task.IsOverdue;
        return row;
    }
}
