namespace WorkflowTalent.Server.Applications;

/// <summary>
/// An application as officials read it, with places by name. The trainee's e-mail is left out: it is for the
/// workflows' notices only. <paramref name="Gender"/> is 男 or 女, null for applications registered before it was recorded.
/// </summary>
public sealed record ApplicationView(
    string Id,
    int BatchYear,
    string Status,
    DateTimeOffset StatusChangedAt,
    string TraineeName,
    string? TraineeUserName,
    string? Gender,
    DateOnly BirthDate,
    string Education,
    string? Title,
    string Field,
    string County,
    string? Township,
    string? OriginalUnit,
    string Ethnicity,
    bool IsPartyMember,
    string? RequestedReceivingUnit,
    string? SelectionInstanceId,
    string? ReceivingUnit,
    string? UnitDepartment,
    string? Mentor,
    string? ResearchTopic,
    string? Grade,
    string? ExtendedFromId,
    DateTimeOffset CreatedAt,
    string CreatedBy);
