using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorkflowTalent.Server.Plan;

/// <summary>
/// How settings are read and written: web names, enums by name, unknown properties and nulls refused, so that a
/// mistyped setting is a 422 rather than silently ignored.
/// </summary>
internal static class PlanJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
    };
}
