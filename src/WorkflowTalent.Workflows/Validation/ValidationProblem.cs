namespace WorkflowTalent.Workflows.Validation;

public enum ProblemSeverity
{
    Error,
    Warning,
}

/// <summary>One problem of a definition: where it is (a JSON path such as <c>root.activities[3].role</c>) and what is wrong.</summary>
public sealed record ValidationProblem(string Path, string Message, ProblemSeverity Severity = ProblemSeverity.Error)
{
    public bool IsError => Severity == ProblemSeverity.Error;

    public override string ToString() => Severity == ProblemSeverity.Warning ? $"{Path}: warning: {Message}" : $"{Path}: {Message}";
}
