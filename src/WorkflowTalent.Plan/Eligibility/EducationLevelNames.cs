namespace WorkflowTalent.Plan.Eligibility;

public static class EducationLevelNames
{
    public static string NameZh(this EducationLevel level) => level switch
    {
        EducationLevel.SecondaryVocational => "中专",
        EducationLevel.JuniorCollege => "大专",
        EducationLevel.Bachelor => "本科",
        EducationLevel.Master => "硕士",
        EducationLevel.Doctorate => "博士",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    public static string NameEn(this EducationLevel level) => level switch
    {
        EducationLevel.SecondaryVocational => "secondary vocational school",
        EducationLevel.JuniorCollege => "junior college",
        EducationLevel.Bachelor => "bachelor's degree",
        EducationLevel.Master => "master's degree",
        EducationLevel.Doctorate => "doctorate",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };
}
