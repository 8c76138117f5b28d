using WorkflowTalent.Persistence.Plan;
using WorkflowTalent.Plan.Eligibility;
using WorkflowTalent.Plan.ReferenceData;

namespace WorkflowTalent.Server.Applications;

/// <summary>A registration request read against the reference data: everything named was found, or the problems say what was not.</summary>
internal sealed record CandidateInput(
    string TraineeName,
    string? TraineeUserName,
    string? TraineeEmail,
    Gender Gender,
    DateOnly BirthDate,
    EducationLevel Education,
    string? Title,
    FieldRecord? Field,
    CountyRecord County,
    TownshipRecord? Township,
    string OriginalUnit,
    string Ethnicity,
    bool IsPartyMember,
    ReceivingUnitRecord RequestedReceivingUnit)
{
    /// <summary>R5.1, R3.2: the checkable facts; a field outside the five stays null and is refused by R3.2.</summary>
    public CandidateFacts Facts => new(
        BirthDate,
        Education,
        new Ethnicity(Ethnicity),
        Township?.IsRemote == true,
        Field is null ? null : WorkflowTalent.Plan.ReferenceData.Field.FromCode(Field.Code),
        Township is null ? UnitLevel.County : UnitLevel.Township);

    /// <summary>Education by its Chinese name (本科) or its name (Bachelor); 大学本科 as the forms write it.</summary>
    public static EducationLevel? ParseEducation(string? text)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
            return null;
        foreach (var level in Enum.GetValues<EducationLevel>())
        {
            if (value == level.NameZh() || value == "大学" + level.NameZh() || string.Equals(value, level.ToString(), StringComparison.OrdinalIgnoreCase))
                return level;
        }

        return null;
    }
}
