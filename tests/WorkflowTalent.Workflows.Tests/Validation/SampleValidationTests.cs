using System.Text.Json.Nodes;
using static WorkflowTalent.Workflows.Tests.Validation.ValidationHarness;

namespace WorkflowTalent.Workflows.Tests.Validation;

/// <summary>The Elsa samples as <c>expected.json</c> describes them: the valid ones validate, the invalid ones name their fault.</summary>
public class SampleValidationTests
{
    public static TheoryData<string> ValidSamples => [.. SamplesWhere(valid: true)];

    public static TheoryData<string> InvalidSamples => [.. SamplesWhere(valid: false)];

    [Theory]
    [MemberData(nameof(ValidSamples))]
    public void ValidSample_ValidatesWithoutErrors(string sample)
    {
        var result = Validator.Validate(File.ReadAllBytes(Path.Combine(TestPaths.SamplesDir, sample)));

        AssertNoErrors(result);
    }

    [Theory]
    [MemberData(nameof(InvalidSamples))]
    public void InvalidSample_IsAnError_MentioningWhatExpectedJsonSays(string sample)
    {
        var result = Validator.Validate(File.ReadAllBytes(Path.Combine(TestPaths.SamplesDir, sample)));

        Assert.False(result.IsValid);
        var mentions = Expected()[sample]!["errorMentions"]!.AsArray().Select(m => m!.GetValue<string>()).ToList();
        Assert.True(
            result.Problems.Any(p => p.IsError && mentions.All(m => p.ToString().Contains(m, StringComparison.Ordinal))),
            $"expected one error mentioning {string.Join(" and ", mentions)}; got:{Environment.NewLine}{Describe(result)}");
    }

    [Fact]
    public void BadCronSample_IsReportedAtTheCronInput()
    {
        var result = Validator.Validate(File.ReadAllBytes(Path.Combine(TestPaths.SamplesDir, "bad-cron-expression.json")));

        AssertError(result, "root.activities[1].cronExpression", "'BadCronExpression'");
    }

    [Fact]
    public void HttpEndpointSample_IsReportedAtTheActivityType()
    {
        var result = Validator.Validate(File.ReadAllBytes(Path.Combine(TestPaths.SamplesDir, "http-endpoint-unsupported.json")));

        AssertError(result, "root.activities[0].type", "Elsa.HttpEndpoint");
    }

    private static IEnumerable<string> SamplesWhere(bool valid) =>
        Expected().Where(s => s.Value!["valid"]!.GetValue<bool>() == valid).Select(s => s.Key);

    private static JsonObject Expected() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.SamplesDir, "expected.json")))!["samples"]!.AsObject();
}
