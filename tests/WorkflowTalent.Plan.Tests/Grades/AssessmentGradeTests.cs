using WorkflowTalent.Plan.Grades;

namespace WorkflowTalent.Plan.Tests.Grades;

public sealed class AssessmentGradeTests
{
    [Fact]
    public void Grades_AreTheFourOfR14_3()
    {
        Assert.Equal(["优秀", "合格", "基本合格", "不合格"], Enum.GetValues<AssessmentGrade>().Select(g => g.NameZh()));
        Assert.Equal(["excellent", "pass", "basic pass", "fail"], Enum.GetValues<AssessmentGrade>().Select(g => g.NameEn()));
    }

    [Fact]
    public void FromZh_ReadsAChineseGrade_R14_3()
    {
        Assert.Equal(AssessmentGrade.BasicPass, AssessmentGradeNames.FromZh("基本合格"));
        Assert.Null(AssessmentGradeNames.FromZh("良好"));
    }

    [Fact]
    public void NeedsFollowUpPlan_OnlyForExcellent_R14_4()
    {
        Assert.Equal([AssessmentGrade.Excellent], Enum.GetValues<AssessmentGrade>().Where(g => g.NeedsFollowUpPlan()));
    }

    [Fact]
    public void CopyRecipients_AreTheFourOfR14_2()
    {
        Assert.Equal(["原工作单位", "接收单位", "县（市、区）委组织部", "市委组织部"], CopyRecipient.All.Select(r => r.NameZh));
    }
}
