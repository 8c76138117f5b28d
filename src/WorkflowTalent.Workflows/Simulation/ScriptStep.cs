using System.Text.Json.Nodes;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Workflows.Simulation;

/// <summary>One line of a simulation script (JSON lines; see <see cref="SimulationScript"/>).</summary>
public abstract record ScriptStep(int Line)
{
    public sealed record Start(int Line, JsonObject Input, string? CorrelationId) : ScriptStep(Line);

    public sealed record Advance(int Line, Time.WorkflowDuration By) : ScriptStep(Line);

    public sealed record AdvanceTo(int Line, DateTimeOffset To) : ScriptStep(Line);

    public sealed record Complete(int Line, string Activity, ResumeSignal.TaskCompletion Completion) : ScriptStep(Line);

    public sealed record Publish(int Line, PublishedEvent Event) : ScriptStep(Line);

    public sealed record Cancel(int Line, string Reason) : ScriptStep(Line);

    public sealed record Expect(int Line, WorkflowStatus? Status, IReadOnlyList<string>? OpenTasks, JsonObject? Variables, IReadOnlyList<string>? Output) : ScriptStep(Line);
}
