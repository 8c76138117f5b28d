namespace WorkflowTalent.Workflows.Simulation;

/// <summary>A script line that cannot be read.</summary>
public sealed class ScriptException : Exception
{
    public ScriptException(int line, string message) : base($"line {line}: {message}") => Line = line;

    public ScriptException() { }

    public ScriptException(string message) : base(message) { }

    public ScriptException(string message, Exception innerException) : base(message, innerException) { }

    public int Line { get; }
}
