using System.Text.Json.Nodes;
using WorkflowTalent.Workflows.Definitions;
using WorkflowTalent.Workflows.Runtime;
using WorkflowTalent.Workflows.Tests.Support;

namespace WorkflowTalent.Workflows.Tests.Patterns;

/// <summary>The pattern definitions are ordinary Elsa 3 files: each validates and saves back unchanged.</summary>
public sealed class PatternDefinitionsTests
{
    public static TheoryData<string> Files => [.. DefinitionFiles.PatternFiles];

    [Theory]
    [MemberData(nameof(Files))]
    public void PatternDefinition_ValidatesAndRoundTrips(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(DefinitionFiles.PatternsDir, file));

        var definition = DefinitionFiles.LoadPattern(file);
        var problems = new WorkflowRuntime().Validator.Validate(definition);

        Assert.Empty(problems);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(bytes), JsonNode.Parse(DefinitionSerializer.Write(definition))));
    }
}
