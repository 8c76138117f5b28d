using WorkflowTalent.Plan.Eligibility;

namespace WorkflowTalent.Plan.Tests.Eligibility;

public sealed class AttestationTests
{
    [Fact]
    public void Missing_ListsTheJudgementsNobodyAttested_R5_1()
    {
        var at = new DateTimeOffset(2024, 6, 1, 10, 0, 0, TimeSpan.FromHours(8));
        Attestation[] attestations =
        [
            new(JudgementCriterion.GoodConduct, "峨山县委组织部 李干事", "峨山彝族自治县委组织部", at),
            new(JudgementCriterion.GoodHealth, "岔河乡卫生院 王院长", "岔河乡卫生院", at, "体检合格"),
        ];

        Assert.Equal([JudgementCriterion.TechnicalBackbone, JudgementCriterion.DevelopmentPotential], Attestation.Missing(attestations));
    }

    [Fact]
    public void Names_AreTheJudgementsOfR5_1()
    {
        Assert.Equal(
            ["政治素质好、职业道德良好", "科研或一线业务骨干", "具有发展潜力", "身体健康"],
            Enum.GetValues<JudgementCriterion>().Select(c => c.NameZh()));
        Assert.Equal("good health", JudgementCriterion.GoodHealth.NameEn());
    }

    [Fact]
    public void EducationLevels_HaveChineseNamesInOrder_R5_1()
    {
        Assert.Equal(["中专", "大专", "本科", "硕士", "博士"], Enum.GetValues<EducationLevel>().Select(l => l.NameZh()));
    }
}
