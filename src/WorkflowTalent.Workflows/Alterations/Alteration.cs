using System.Text.Json.Nodes;

namespace WorkflowTalent.Workflows.Alterations;

/// <summary>A change to a waiting instance, as Elsa 3's alterations name them.</summary>
public abstract record Alteration
{
    public sealed record ModifyVariable(string Name, JsonNode? Value) : Alteration;

    /// <summary>Cancels an activity's pending work: its open task, timer or event wait, or its scheduled run.</summary>
    public sealed record CancelActivity(string ActivityId) : Alteration;

    /// <summary>Schedules an activity to run now.</summary>
    public sealed record ScheduleActivity(string ActivityId) : Alteration;
}
