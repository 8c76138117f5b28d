using WorkflowTalent.Workflows.Activities;
using WorkflowTalent.Workflows.Definitions;
using WorkflowTalent.Workflows.Expressions;
using WorkflowTalent.Workflows.Validation;

namespace WorkflowTalent.Cli;

/// <summary>Reads definition files for the commands: a file that cannot be read is a problem of that file at <c>$</c>, like bad JSON.</summary>
internal static class DefinitionFiles
{
    public static DefinitionValidator NewValidator() => new(ActivityRegistry.Default, new ExpressionEvaluator());

    public static ValidationResult Validate(DefinitionValidator validator, string path)
    {
        if (Directory.Exists(path))
            return Unreadable("is a directory, not a definition file");
        if (!File.Exists(path))
            return Unreadable("file not found");
        byte[] utf8;
        try
        {
            utf8 = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Unreadable($"cannot read the file: {ex.Message}");
        }

        return validator.Validate(utf8);
    }

    /// <summary>One problem as a line: <c>FILE: PATH: message</c>, or <c>FILE: PATH: warning: message</c>.</summary>
    public static string Describe(string file, ValidationProblem problem) =>
        problem.Severity == ProblemSeverity.Warning
            ? $"{file}: {problem.Path}: warning: {problem.Message}"
            : $"{file}: {problem.Path}: {problem.Message}";

    /// <summary>Every <c>*.json</c> of a directory that validates, except <paramref name="excludedFile"/>; the others are skipped.</summary>
    public static IReadOnlyList<WorkflowDefinition> LoadValid(DefinitionValidator validator, string directory, string excludedFile)
    {
        var excluded = Path.GetFullPath(excludedFile);
        var definitions = new List<WorkflowDefinition>();
        foreach (var path in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            if (string.Equals(Path.GetFullPath(path), excluded, StringComparison.Ordinal))
                continue;
            var result = Validate(validator, path);
            if (result.IsValid && result.Definition is { } definition)
                definitions.Add(definition);
        }

        return definitions;
    }

    private static ValidationResult Unreadable(string message) => new(null, [new ValidationProblem("$", message)]);
}
