using WorkflowTalent.Documents.Localization;

namespace WorkflowTalent.Documents.Terms;

/// <summary>The printed words for each closed set, and their reverse lookup for the import.</summary>
internal static class TermLabels
{
    public static readonly IReadOnlyDictionary<Gender, Text> Genders = new Dictionary<Gender, Text>
    {
        [Gender.Male] = new("男", "Male"),
        [Gender.Female] = new("女", "Female"),
    };

    public static readonly IReadOnlyDictionary<EducationLevel, Text> EducationLevels = new Dictionary<EducationLevel, Text>
    {
        [EducationLevel.Doctorate] = new("博士研究生", "Doctorate"),
        [EducationLevel.Master] = new("硕士研究生", "Master's degree"),
        [EducationLevel.Bachelor] = new("大学本科", "Bachelor's degree"),
        [EducationLevel.CollegeDiploma] = new("大学专科", "College diploma"),
    };

    public static readonly IReadOnlyDictionary<ProfessionalField, Text> Fields = new Dictionary<ProfessionalField, Text>
    {
        [ProfessionalField.Education] = new("教育", "Education"),
        [ProfessionalField.Health] = new("卫生健康", "Health"),
        [ProfessionalField.Agriculture] = new("农业农村", "Agriculture"),
        [ProfessionalField.UrbanConstructionAndPlanning] = new("城乡建设规划", "Urban construction and planning"),
        [ProfessionalField.ScienceAndTechnology] = new("科学技术", "Science and technology"),
    };

    public static readonly IReadOnlyDictionary<AssessmentGrade, Text> Grades = new Dictionary<AssessmentGrade, Text>
    {
        [AssessmentGrade.Excellent] = new("优秀", "Excellent"),
        [AssessmentGrade.Pass] = new("合格", "Pass"),
        [AssessmentGrade.BasicPass] = new("基本合格", "Basic pass"),
        [AssessmentGrade.Fail] = new("不合格", "Fail"),
    };

    public static readonly IReadOnlyDictionary<FundingStatus, Text> FundingStatuses = new Dictionary<FundingStatus, Text>
    {
        [FundingStatus.Pending] = new("待拨付", "Pending"),
        [FundingStatus.Disbursed] = new("已拨付", "Disbursed"),
    };

    public static readonly Text Yes = new("是", "Yes");
    public static readonly Text No = new("否", "No");

    // Forms filled by hand often write the short forms 大专 and 本科.
    private static readonly Dictionary<string, EducationLevel> EducationAliases = new Dictionary<string, EducationLevel>(StringComparer.Ordinal)
    {
        ["大专"] = EducationLevel.CollegeDiploma,
        ["本科"] = EducationLevel.Bachelor,
        ["博士"] = EducationLevel.Doctorate,
        ["硕士"] = EducationLevel.Master,
    };

    /// <summary>The printed gender, or an empty box when none is recorded.</summary>
    public static string GenderText(Gender? gender, DocumentLanguage language) => gender is { } known ? Genders[known].In(language) : string.Empty;

    public static string YesNo(bool value, DocumentLanguage language) => (value ? Yes : No).In(language);

    public static bool TryParse<T>(IReadOnlyDictionary<T, Text> labels, string value, out T term)
        where T : struct, Enum
    {
        foreach (var (key, text) in labels)
        {
            if (text.Matches(value))
            {
                term = key;
                return true;
            }
        }

        term = default;
        return false;
    }

    public static bool TryParseEducation(string value, out EducationLevel level) =>
        TryParse(EducationLevels, value, out level) || EducationAliases.TryGetValue(value, out level);

    public static bool TryParseYesNo(string value, out bool result)
    {
        result = Yes.Matches(value);
        return result || No.Matches(value);
    }

    public static string Choices<T>(IReadOnlyDictionary<T, Text> labels, DocumentLanguage language)
        where T : notnull =>
        string.Join(language == DocumentLanguage.English ? ", " : "、", labels.Values.Select(text => text.In(language)));
}
