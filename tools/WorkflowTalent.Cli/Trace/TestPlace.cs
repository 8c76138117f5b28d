namespace WorkflowTalent.Cli.Trace;

/// <summary>A test method whose name carries a requirement id, e.g. <c>LeaveTests.Approve_R15_1</c>.</summary>
internal sealed record TestPlace(string File, int Line, string ClassName, string MethodName)
{
    public string FullName => $"{ClassName}.{MethodName}";
}
