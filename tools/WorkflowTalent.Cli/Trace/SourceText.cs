namespace WorkflowTalent.Cli.Trace;

/// <summary>Reads a source file of the repository as lines; an unreadable file stops the report rather than hiding its citations.</summary>
internal static class SourceText
{
    public static string[] ReadLines(string root, string file)
    {
        try
        {
            return File.ReadAllLines(Path.Combine(root, file));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new TraceException($"{file}: cannot read the file: {ex.Message}", ex);
        }
    }
}
