namespace WorkflowTalent.Server.Applications;

/// <summary>
/// A trainee's own application as <c>GET /api/me/applications</c> answers it: the application, its batch's dates
/// (report-in deadline R6.5, training period R3.3, summary due R14.1) and the cases correlated to it, newest first.
/// </summary>
public sealed record MyApplication(ApplicationView Application, MyBatchDates? Batch, IReadOnlyList<MyCase> Cases);

/// <summary>The Yuxi local dates of the application's batch that concern the trainee.</summary>
public sealed record MyBatchDates(DateOnly ReportInDeadline, DateOnly TrainingStart, DateOnly TrainingEnd, DateOnly SummaryDue);

/// <summary>One workflow case of the application (selection, report-in, training, leave …) and where it stands.</summary>
public sealed record MyCase(string InstanceId, string DefinitionId, string? Name, string Status, DateTimeOffset CreatedAt, DateTimeOffset? EndedAt);
