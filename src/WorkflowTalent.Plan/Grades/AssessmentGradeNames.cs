namespace WorkflowTalent.Plan.Grades;

public static class AssessmentGradeNames
{
    public static string NameZh(this AssessmentGrade grade) => grade switch
    {
        AssessmentGrade.Excellent => "优秀",
        AssessmentGrade.Pass => "合格",
        AssessmentGrade.BasicPass => "基本合格",
        AssessmentGrade.Fail => "不合格",
        _ => throw new ArgumentOutOfRangeException(nameof(grade), grade, null),
    };

    public static string NameEn(this AssessmentGrade grade) => grade switch
    {
        AssessmentGrade.Excellent => "excellent",
        AssessmentGrade.Pass => "pass",
        AssessmentGrade.BasicPass => "basic pass",
        AssessmentGrade.Fail => "fail",
        _ => throw new ArgumentOutOfRangeException(nameof(grade), grade, null),
    };

    /// <summary>R14.4: an excellent grade obliges the county to make a follow-up training plan.</summary>
    public static bool NeedsFollowUpPlan(this AssessmentGrade grade) => grade == AssessmentGrade.Excellent;

    public static AssessmentGrade? FromZh(string name)
    {
        foreach (var grade in Enum.GetValues<AssessmentGrade>())
        {
            if (grade.NameZh() == name)
            {
                return grade;
            }
        }

        return null;
    }
}
