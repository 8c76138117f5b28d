using WorkflowTalent.Workflows.Activities;
using WorkflowTalent.Workflows.Expressions;
using WorkflowTalent.Workflows.Validation;

namespace WorkflowTalent.Workflows.Tests.Validation;

/// <summary>One validator for the validation tests, and assertions that show every problem when one is not as expected.</summary>
public static class ValidationHarness
{
    public static DefinitionValidator Validator { get; } = new(ActivityRegistry.Default, new ExpressionEvaluator());

    public static ValidationResult Validate(TestDefinition definition) => Validator.Validate(definition.ToJson());

    /// <summary>Asserts an error at exactly <paramref name="path"/> whose message mentions <paramref name="word"/>.</summary>
    public static ValidationProblem AssertError(ValidationResult result, string path, string word)
    {
        var match = result.Problems.FirstOrDefault(p => p.IsError && p.Path == path && p.Message.Contains(word, StringComparison.Ordinal));
        Assert.True(match is not null, $"expected an error at {path} mentioning '{word}'; got:{Environment.NewLine}{Describe(result)}");
        Assert.False(result.IsValid);
        return match!;
    }

    public static void AssertNoErrors(ValidationResult result) =>
        Assert.True(result.Definition is not null && result.IsValid, $"expected no errors; got:{Environment.NewLine}{Describe(result)}");

    public static string Describe(ValidationResult result) =>
        result.Problems.Count == 0 ? "(no problems)" : string.Join(Environment.NewLine, result.Problems);
}
