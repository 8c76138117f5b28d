namespace WorkflowTalent.Workflows.Activities;

public static class Ports
{
    public const string Done = "Done";
    public const string True = "True";
    public const string False = "False";
    public const string Default = "Default";
    public const string Overdue = "Overdue";
    public const string Timeout = "Timeout";
}
