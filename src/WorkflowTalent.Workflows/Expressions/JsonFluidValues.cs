using System.Text.Json;
using System.Text.Json.Nodes;
using Fluid.Values;

namespace WorkflowTalent.Workflows.Expressions;

/// <summary>JSON as Liquid values: objects are dictionaries (converted as they are read), arrays, numbers, strings, booleans.</summary>
internal static class JsonFluidValues
{
    public static FluidValue Convert(JsonNode? node) => node switch
    {
        null => NilValue.Instance,
        JsonObject obj => Dictionary(obj),
        JsonArray array => new ArrayValue(array.Select(Convert).ToArray()),
        JsonValue value => Scalar(value),
        _ => NilValue.Instance,
    };

    public static DictionaryValue Dictionary(IDictionary<string, JsonNode?> values) => new(new JsonDictionaryIndexable(values));

    public static DictionaryValue Workflow(ExpressionScope scope) => new(new FluidValueDictionaryFluidIndexable(
        new Dictionary<string, FluidValue>(StringComparer.OrdinalIgnoreCase)
        {
            ["Id"] = StringValue.Create(scope.InstanceId),
            ["DefinitionId"] = StringValue.Create(scope.DefinitionId),
            ["Version"] = NumberValue.Create(scope.Version),
            ["CorrelationId"] = scope.CorrelationId is { } id ? StringValue.Create(id) : NilValue.Instance,
        }));

    private static FluidValue Scalar(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.String => StringValue.Create(JsonScalars.GetString(value)),
        JsonValueKind.Number => JsonScalars.TryGetDecimal(value, out var number)
            ? NumberValue.Create(number)
            : NumberValue.Create((decimal)JsonScalars.GetDouble(value)),
        JsonValueKind.True => BooleanValue.True,
        JsonValueKind.False => BooleanValue.False,
        _ => NilValue.Instance,
    };
}
