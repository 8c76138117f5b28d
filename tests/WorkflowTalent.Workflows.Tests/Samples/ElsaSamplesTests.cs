using System.Text.Json.Nodes;
using WorkflowTalent.Workflows.Definitions;
using WorkflowTalent.Workflows.Runtime;
using WorkflowTalent.Workflows.Simulation;
using WorkflowTalent.Workflows.Tests.Support;
using WorkflowTalent.Workflows.Time;

namespace WorkflowTalent.Workflows.Tests.Samples;

/// <summary>
/// Every sample copied from Elsa 3's own tests (shared/elsa/samples) does here what
/// <c>expected.json</c> says: it loads and saves back JSON-equal; a valid one validates and runs to the
/// expected status, output and outputs; an invalid one is refused with an error naming what is wrong.
/// </summary>
public sealed class ElsaSamplesTests
{
    private static readonly Lazy<JsonObject> Expectations = new(() =>
        (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.SamplesDir, "expected.json")))!["samples"]!);

    public static TheoryData<string> Samples => [.. Expectations.Value.Select(p => p.Key)];

    public static TheoryData<string> ValidSamples => [.. Expectations.Value.Where(p => IsValid(p.Value)).Select(p => p.Key)];

    public static TheoryData<string> InvalidSamples => [.. Expectations.Value.Where(p => !IsValid(p.Value)).Select(p => p.Key)];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_LoadsAndSavesBackJsonEqual(string sample)
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestPaths.SamplesDir, sample));

        var read = DefinitionSerializer.Read(bytes);

        Assert.NotNull(read.Definition);
        var written = DefinitionSerializer.Write(read.Definition);
        var original = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.SamplesDir, sample)));
        Assert.True(JsonNode.DeepEquals(original, JsonNode.Parse(written)), $"{sample} did not save back JSON-equal:\n{written}");
    }

    [Theory]
    [MemberData(nameof(ValidSamples))]
    public void ValidSample_ValidatesAndRunsAsExpected(string sample)
    {
        var expected = Expectations.Value[sample]!.AsObject();
        var validation = new WorkflowRuntime().Validator.Validate(File.ReadAllBytes(Path.Combine(TestPaths.SamplesDir, sample)));
        Assert.True(validation.IsValid, string.Join(Environment.NewLine, validation.Problems));

        List<ScriptStep> script = [new ScriptStep.Start(1, [], null)];
        if (JsonValues.AsText(expected["advance"]) is { } advance)
            script.Add(new ScriptStep.Advance(2, WorkflowDuration.Parse(advance)));
        var result = new WorkflowSimulator(validation.Definition!, WorkflowHarness.DefaultStart).Run(script);

        Assert.True(result.Succeeded, result.Refusal);
        var instance = result.Instance!;
        Assert.NotEqual(WorkflowStatus.Faulted, instance.Status);
        if (JsonValues.AsText(expected["status"]) is { } status)
            Assert.Equal(Enum.Parse<WorkflowStatus>(status), instance.Status);
        if (expected["output"] is JsonArray output)
            Assert.Equal(JsonValues.AsStringList(output), result.Output);
        if (expected["outputs"] is JsonObject outputs)
        {
            Assert.Equal(outputs.Select(p => p.Key).Order(StringComparer.Ordinal), instance.Output.Keys.Order(StringComparer.Ordinal));
            foreach (var (name, value) in outputs)
                Assert.True(JsonNode.DeepEquals(value, instance.Output[name]), $"output {name} was {instance.Output[name]?.ToJsonString()}");
        }

        if (expected["completedOnce"] is JsonArray completedOnce)
        {
            foreach (var activity in JsonValues.AsStringList(completedOnce))
                Assert.Equal(1, JournalTrace.Count(instance.Journal, activity, JournalEvents.Completed));
        }
    }

    [Theory]
    [MemberData(nameof(InvalidSamples))]
    public void InvalidSample_IsRefusedWithAnErrorNamingTheProblem(string sample)
    {
        var expected = Expectations.Value[sample]!.AsObject();

        var validation = new WorkflowRuntime().Validator.Validate(File.ReadAllBytes(Path.Combine(TestPaths.SamplesDir, sample)));

        Assert.False(validation.IsValid);
        var words = JsonValues.AsStringList(expected["errorMentions"]);
        var errors = validation.Problems.Where(p => p.IsError).Select(p => p.ToString()).ToList();
        Assert.Contains(errors, e => words.All(word => e.Contains(word, StringComparison.Ordinal)));
    }

    private static bool IsValid(JsonNode? expectation) => expectation?["valid"]?.GetValue<bool>() ?? false;
}
