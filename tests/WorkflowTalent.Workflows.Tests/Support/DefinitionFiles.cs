using WorkflowTalent.Workflows.Definitions;

namespace WorkflowTalent.Workflows.Tests.Support;

/// <summary>Definition files copied next to the test binaries (Patterns/Definitions/*.json).</summary>
public static class DefinitionFiles
{
    public static string PatternsDir => Path.Combine(AppContext.BaseDirectory, "Patterns", "Definitions");

    public static IEnumerable<string> PatternFiles =>
        Directory.EnumerateFiles(PatternsDir, "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    /// <summary>Reads a pattern definition over its file bytes, as the engine reads any definition.</summary>
    public static WorkflowDefinition LoadPattern(string fileName)
    {
        var read = DefinitionSerializer.Read(File.ReadAllBytes(Path.Combine(PatternsDir, fileName)));
        if (read.HasErrors)
            throw new InvalidOperationException($"{fileName} does not read: {string.Join("; ", read.Problems)}");
        return read.Definition!;
    }
}
