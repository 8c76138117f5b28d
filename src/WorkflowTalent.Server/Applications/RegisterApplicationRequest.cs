namespace WorkflowTalent.Server.Applications;

/// <summary>
/// R6.1: a county Organisation Department registers one candidate of its county. Places are named as the reference
/// data names them (county, township, receiving unit); the field by its code (<c>health</c>) or Chinese name (卫生);
/// education by its Chinese name (本科) or its name (Bachelor); the gender as 男 or 女 (or male, female). The original
/// unit is created when first named.
/// </summary>
public sealed record RegisterApplicationRequest(
    string? TraineeName,
    string? TraineeUserName,
    string? TraineeEmail,
    string? Gender,
    DateOnly? BirthDate,
    string? Education,
    string? Title,
    string? Field,
    string? County,
    string? Township,
    string? OriginalUnit,
    string? Ethnicity,
    bool? PartyMember,
    string? RequestedReceivingUnit);
