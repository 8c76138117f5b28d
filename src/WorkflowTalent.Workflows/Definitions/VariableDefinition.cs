using System.Text.Json.Nodes;

namespace WorkflowTalent.Workflows.Definitions;

/// <summary>A declared workflow variable; <see cref="Value"/> is its initial value as written (Elsa writes it as text).</summary>
public sealed record VariableDefinition(string Id, string Name, string TypeName, JsonNode? Value);
