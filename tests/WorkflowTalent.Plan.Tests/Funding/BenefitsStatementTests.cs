using WorkflowTalent.Plan.Funding;
using WorkflowTalent.Plan.Settings;

namespace WorkflowTalent.Plan.Tests.Funding;

public sealed class BenefitsStatementTests
{
    private static readonly BenefitsStatement Statement = BenefitsStatement.For(PlanSettings.Default, "岔河乡卫生院");

    [Fact]
    public void Relations_StayWithTheOriginalUnit_R12_1()
    {
        Assert.Equal("研修期间，研修人员只向接收单位提交党员证明信，户口、行政、工资等关系不变，仍保留在原工作单位（R12.1）。", Statement.Relations.ZhCn);
    }

    [Fact]
    public void Pay_IncludesTheTownshipSubsidy_R12_1()
    {
        Assert.Equal("研修人员仍享受原工作单位岔河乡卫生院的工资福利待遇（含乡镇 500 元补贴）；原工作单位按有关规定给予适当差旅费补助（R12.1）。", Statement.Pay.ZhCn);
        Assert.Equal(
            "Pay and benefits continue from the original unit 岔河乡卫生院, including the 500-yuan township subsidy; the original unit pays a suitable travel allowance under the relevant rules (R12.1).",
            Statement.Pay.En);
    }

    [Fact]
    public void Funding_GoesToTheReceivingUnitNotTheTrainee_R11_1()
    {
        Assert.Equal(
            "市人才发展专项经费按每人 10000 元拨付接收单位，主要用于研修人员的食宿补贴，严禁挪作他用；接收单位不得另收取其他费用，研修人员不得自行索要培养经费（R11.1）。",
            Statement.Funding.ZhCn);
    }
}
