namespace WorkflowTalent.Web.Api;

// What the trainee's page reads (/api/me/applications, /api/me/notices), field for field as the service writes them
// (MyApplication, ApplicationView, Notice); statuses arrive as their names.

public sealed record MyApplication(ApplicationSummary Application, MyBatchDates? Batch, IReadOnlyList<MyCase> Cases);

/// <summary>The fields of the service's ApplicationView the trainee's page shows.</summary>
public sealed record ApplicationSummary(
    string Id,
    int BatchYear,
    string Status,
    DateTimeOffset StatusChangedAt,
    string TraineeName,
    string Field,
    string County,
    string? OriginalUnit,
    string? RequestedReceivingUnit,
    string? ReceivingUnit,
    string? UnitDepartment,
    string? Mentor,
    string? ResearchTopic,
    string? Grade);

public sealed record MyBatchDates(DateOnly ReportInDeadline, DateOnly TrainingStart, DateOnly TrainingEnd, DateOnly SummaryDue);

public sealed record MyCase(string InstanceId, string DefinitionId, string? Name, string Status, DateTimeOffset CreatedAt, DateTimeOffset? EndedAt);

public sealed record Notice(string Id, string Subject, string BodyText, string Status, DateTimeOffset CreatedAt, DateTimeOffset? SentAt);
