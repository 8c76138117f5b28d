using System.Text.Json.Nodes;

namespace WorkflowTalent.Workflows.Runtime;

/// <summary>What resumes a bookmark.</summary>
public abstract record ResumeSignal
{
    public sealed record TaskCompletion(string Outcome, JsonObject? Data, string? Comment, Actor By) : ResumeSignal;

    public sealed record TimerDue(DateTimeOffset Due) : ResumeSignal;

    public sealed record EventArrived(string EventName, JsonNode? Payload) : ResumeSignal;

    public sealed record ChildEnded(string ChildInstanceId, WorkflowStatus Status, JsonObject Output) : ResumeSignal;
}
