using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorkflowTalent.Workflows.Runtime;

/// <summary>The instance's whole state as JSON and back, for hosts that persist it between steps.</summary>
public static class InstanceSerializer
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(WorkflowInstance instance) => JsonSerializer.Serialize(instance, Options);

    public static WorkflowInstance Deserialize(string json) =>
        JsonSerializer.Deserialize<WorkflowInstance>(json, Options) ?? throw new JsonException("the instance state is empty");

    /// <summary>One journal entry as a JSON line: <c>{"time":…,"activity":…,"type":…,"event":…, …}</c>.</summary>
    public static string Serialize(JournalEntry entry) => JsonSerializer.Serialize(entry, Options);
}
