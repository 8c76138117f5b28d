using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Workflows.Tests.Support;

/// <summary>
/// A journal as short lines, <c>"activity Event [port] [outcome] [name] [text]"</c>
/// (e.g. <c>"decision Completed True"</c>, <c>"report Output round 1"</c>), so a test can assert the exact sequence.
/// </summary>
public static class JournalTrace
{
    public static string Format(JournalEntry entry)
    {
        var parts = new List<string> { entry.Activity, entry.Event };
        foreach (var detail in new[] { entry.Port, entry.Outcome, entry.Name, entry.Text })
        {
            if (!string.IsNullOrEmpty(detail))
                parts.Add(detail);
        }

        return string.Join(' ', parts);
    }

    public static List<string> Of(IEnumerable<JournalEntry> entries) => [.. entries.Select(Format)];

    /// <summary>Only the entries of the given events.</summary>
    public static List<string> Of(IEnumerable<JournalEntry> entries, params string[] events) =>
        [.. entries.Where(e => events.Contains(e.Event, StringComparer.Ordinal)).Select(Format)];

    public static int Count(IEnumerable<JournalEntry> entries, string activity, string journalEvent) =>
        entries.Count(e => e.Activity == activity && e.Event == journalEvent);

    /// <summary>The lines Elsa.WriteLine wrote, in order.</summary>
    public static List<string> Output(IEnumerable<JournalEntry> entries) =>
        [.. entries.Where(e => e.Event == JournalEvents.Output).Select(e => e.Text ?? "")];
}
