using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Workflows.Hosting;

/// <summary>Learns of human tasks as they open, change and close, to keep the inbox.</summary>
public interface ITaskSink
{
    void Opened(WorkflowInstance instance, Bookmark task);

    void Completed(WorkflowInstance instance, TaskCompleted completed);

    void Cancelled(WorkflowInstance instance, Bookmark task, string? reason);

    /// <summary>A task still open changed (it went overdue).</summary>
    void Updated(WorkflowInstance instance, Bookmark task);
}
