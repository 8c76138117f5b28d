using System.Text.Json;

namespace WorkflowTalent.Cli.Tests;

/// <summary>Reads the journal <c>wt simulate</c> prints: one JSON object a line.</summary>
internal static class Journal
{
    public static IReadOnlyList<JsonElement> Parse(WtRun run) =>
        run.StdoutLines.Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToArray();

    public static string Field(this JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var value) ? value.GetString() ?? "" : "";

    public static IReadOnlyList<string> Events(this IEnumerable<JsonElement> journal) => journal.Select(e => e.Field("event")).ToArray();

    public static JsonElement SingleEvent(this IEnumerable<JsonElement> journal, string journalEvent) =>
        Assert.Single(journal, e => e.Field("event") == journalEvent);
}
