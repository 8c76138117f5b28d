using WorkflowTalent.Plan.Batches;
using WorkflowTalent.Plan.Eligibility;
using WorkflowTalent.Plan.ReferenceData;
using WorkflowTalent.Plan.Settings;

namespace WorkflowTalent.Plan.Tests.Eligibility;

public sealed class EligibilityRulesTests
{
    private static readonly DateOnly Deadline2024 = new(2024, 8, 30);
    private static readonly EligibilityRules Rules = new(PlanSettings.Default);

    private static CandidateFacts Candidate(
        DateOnly? born = null,
        EducationLevel education = EducationLevel.Bachelor,
        Ethnicity? ethnicity = null,
        bool remote = false,
        Field? field = null,
        UnitLevel level = UnitLevel.Township) =>
        new(born ?? new DateOnly(1990, 5, 1), education, ethnicity ?? Ethnicity.Han, remote, field ?? Field.Health, level);

    [Fact]
    public void Check_ReturnsNoRefusal_ForAnEligibleCandidate_R5_1()
    {
        Assert.Empty(Rules.Check(Candidate(), Deadline2024));
    }

    [Fact]
    public void Check_RefusesAge41ForHanNonRemote_R5_1()
    {
        var refusal = Assert.Single(Rules.Check(Candidate(born: new DateOnly(1983, 8, 30)), Deadline2024));

        Assert.Equal("R5.1", refusal.RuleId);
        Assert.Equal("AgeLimit = 35", refusal.Setting);
        Assert.Equal("年龄 41 岁，超过 35 岁（少数民族或边远乡镇放宽至 40 岁）（R5.1）", refusal.Message.ZhCn);
        Assert.Equal("Age 41 is over 35 (relaxed to 40 for ethnic minorities and remote townships) (R5.1)", refusal.Message.En);
    }

    [Fact]
    public void Check_CountsAgeOnTheReportInDeadline_R5_1()
    {
        // 35 until the day before the 36th birthday: born 31 August 1988 is still 35 on 30 August 2024.
        Assert.Empty(Rules.Check(Candidate(born: new DateOnly(1988, 8, 31)), Deadline2024));
        Assert.Single(Rules.Check(Candidate(born: new DateOnly(1988, 8, 30)), Deadline2024));
    }

    [Fact]
    public void Check_RelaxesAgeForEthnicMinority_R5_1()
    {
        var born1984 = new DateOnly(1984, 1, 1);

        Assert.Empty(Rules.Check(Candidate(born: born1984, ethnicity: new Ethnicity("彝族")), Deadline2024));
        Assert.Single(Rules.Check(Candidate(born: born1984), Deadline2024));
    }

    [Fact]
    public void Check_RelaxesAgeForRemoteTownship_R5_1()
    {
        Assert.Empty(Rules.Check(Candidate(born: new DateOnly(1984, 1, 1), remote: true), Deadline2024));
    }

    [Fact]
    public void Check_RefusesAge41ForMinority_WithTheRelaxedLimit_R5_1()
    {
        var refusal = Assert.Single(Rules.Check(Candidate(born: new DateOnly(1983, 1, 1), ethnicity: new Ethnicity("哈尼族")), Deadline2024));

        Assert.Equal("RelaxedAgeLimit = 40", refusal.Setting);
        Assert.Equal("年龄 41 岁，超过少数民族或边远乡镇放宽后的 40 岁（R5.1）", refusal.Message.ZhCn);
        Assert.Equal("Age 41 is over 40, the limit relaxed for ethnic minorities and remote townships (R5.1)", refusal.Message.En);
    }

    [Fact]
    public void Check_RefusesSecondaryVocationalEducation_R5_1()
    {
        var refusal = Assert.Single(Rules.Check(Candidate(education: EducationLevel.SecondaryVocational), Deadline2024));

        Assert.Equal("MinimumEducation = 大专", refusal.Setting);
        Assert.Equal("学历须为大专及以上（R5.1），申报学历为中专", refusal.Message.ZhCn);
        Assert.Equal(
            "Education must be junior college (大专) or higher (R5.1); declared: secondary vocational school (中专)",
            refusal.Message.En);
    }

    [Fact]
    public void Check_AcceptsJuniorCollege_R5_1()
    {
        Assert.Empty(Rules.Check(Candidate(education: EducationLevel.JuniorCollege), Deadline2024));
    }

    [Fact]
    public void Check_RefusesFieldOutsideTheFive_R3_2()
    {
        var refusal = Assert.Single(Rules.Check(Candidate() with { Field = null }, Deadline2024));

        Assert.Equal("R3.2", refusal.RuleId);
        Assert.Equal("专业领域须为教育、卫生、农业、城建规划、科技之一（R3.2）", refusal.Message.ZhCn);
    }

    [Fact]
    public void Check_RefusesMunicipalEmployer_R3_2()
    {
        var refusal = Assert.Single(Rules.Check(Candidate(level: UnitLevel.Municipal), Deadline2024));

        Assert.Equal("原工作单位须为县级或乡镇（街道）单位（R3.2）", refusal.Message.ZhCn);
    }

    [Fact]
    public void Check_ReturnsEveryRefusal_R5_1_R3_2()
    {
        var facts = Candidate(born: new DateOnly(1970, 1, 1), education: EducationLevel.SecondaryVocational, level: UnitLevel.Municipal) with { Field = null };

        Assert.Equal(["R5.1", "R5.1", "R3.2", "R3.2"], Rules.Check(facts, Deadline2024).Select(r => r.RuleId));
    }

    [Fact]
    public void Check_UsesTheBatchDeadline_R5_1()
    {
        var batch = Batch.Create(2024, PlanSettings.Default, Shanghai.Zone).Value!;

        Assert.Single(Rules.Check(Candidate(born: new DateOnly(1988, 8, 30)), batch));
    }

    [Fact]
    public void Check_FollowsEditedSettings_R5_1()
    {
        var rules = new EligibilityRules(PlanSettings.Default with { AgeLimit = 45, MinimumEducation = EducationLevel.Bachelor });

        Assert.Equal(["MinimumEducation = 本科"], rules.Check(Candidate(born: new DateOnly(1980, 1, 1), education: EducationLevel.JuniorCollege), Deadline2024).Select(r => r.Setting));
    }

    [Fact]
    public void AgeOn_CountsALeapDayBirthdayOn28February()
    {
        Assert.Equal(35, EligibilityRules.AgeOn(new DateOnly(1988, 2, 29), new DateOnly(2023, 2, 28)));
        Assert.Equal(34, EligibilityRules.AgeOn(new DateOnly(1988, 2, 29), new DateOnly(2023, 2, 27)));
    }

    [Fact]
    public void Ethnicity_IsMinorityForAnyButHan_R5_1()
    {
        Assert.False(Ethnicity.Han.IsMinority);
        Assert.True(new Ethnicity("傣族").IsMinority);
        Assert.Throws<ArgumentException>(() => new Ethnicity(" "));
    }
}
