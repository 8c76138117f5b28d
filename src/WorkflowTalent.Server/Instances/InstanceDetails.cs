using System.Text.Json.Nodes;
using WorkflowTalent.Persistence.HumanTasks;
using WorkflowTalent.Persistence.Instances;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Server.Instances;

/// <summary>One case as the API shows it: its row, its state's variables and output, and its open tasks.</summary>
public sealed record InstanceDetails(
    string Id,
    string DefinitionId,
    int DefinitionVersion,
    string Status,
    string? Name,
    string? CorrelationId,
    string? StartedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? EndedAt,
    IReadOnlyDictionary<string, JsonNode?> Variables,
    IReadOnlyDictionary<string, JsonNode?> Output,
    string? FaultMessage,
    IReadOnlyList<OpenTask> OpenTasks)
{
    public static InstanceDetails From(InstanceRecord row, IEnumerable<TaskRecord> openTasks, Func<TaskRecord, bool> canOpen)
    {
        ArgumentNullException.ThrowIfNull(canOpen);
        ArgumentNullException.ThrowIfNull(row);
        var state = InstanceSerializer.Deserialize(row.StateJson);
        return new(row.Id, row.DefinitionId, row.DefinitionVersion, row.Status.ToString(), row.Name, row.CorrelationId, row.StartedBy,
            row.CreatedAt, row.UpdatedAt, row.EndedAt, state.Variables, state.Output, state.FaultMessage,
            [.. openTasks.Select(t => OpenTask.From(t, canOpen(t)))]);
    }
}
