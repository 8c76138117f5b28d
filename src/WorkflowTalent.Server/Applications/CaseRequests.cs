namespace WorkflowTalent.Server.Applications;

/// <summary>R15.1: the trainee's own leave request, in Yuxi local dates, both inclusive.</summary>
public sealed record LeaveRequest(DateOnly? StartDate, DateOnly? EndDate, string? Reason);

/// <summary>R15.2, R16.2: why the receiving unit proposes a cancellation, or why training should be extended.</summary>
public sealed record ReasonRequest(string? Reason);
