using System.Text.Json.Nodes;
using Fluid.Values;

namespace WorkflowTalent.Workflows.Expressions;

/// <summary>A JSON object (or the variables) as a Liquid dictionary; members are converted when a template reads them.</summary>
internal sealed class JsonDictionaryIndexable(IDictionary<string, JsonNode?> values) : IFluidIndexable
{
    public int Count => values.Count;

    public IEnumerable<string> Keys => values.Keys;

    public bool TryGetValue(string name, out FluidValue value)
    {
        if (values.TryGetValue(name, out var node))
        {
            value = JsonFluidValues.Convert(node);
            return true;
        }

        value = NilValue.Instance;
        return false;
    }
}
