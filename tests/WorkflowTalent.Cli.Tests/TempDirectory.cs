namespace WorkflowTalent.Cli.Tests;

/// <summary>A fresh directory per test for definition and script files; deleted afterwards.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "wt-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary>Writes a UTF-8 file and returns its full path.</summary>
    public string Write(string name, string text)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Writes a script, one command a line.</summary>
    public string WriteScript(string name, params string[] lines) => Write(name, string.Join('\n', lines) + "\n");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless; it must not fail the test that made it.
        }
    }
}
