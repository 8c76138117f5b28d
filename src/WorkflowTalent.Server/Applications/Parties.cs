namespace WorkflowTalent.Server.Applications;

/// <summary>
/// Everyone an application's cases involve, by the names the definitions use as task scopes (county, original unit,
/// competent department, receiving unit) and the addresses their mails go to.
/// </summary>
internal sealed record Parties(
    string TraineeName,
    string? TraineeUser,
    string TraineeEmail,
    string County,
    string CountyEmail,
    string? Township,
    string? OriginalUnit,
    string OriginalUnitEmail,
    string CompetentDepartment,
    string CompetentDepartmentEmail,
    string MunicipalEmail,
    string? ReceivingUnit,
    string? ReceivingUnitEmail,
    string? ReceivingUnitHrEmail);
