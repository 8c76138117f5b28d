using System.Globalization;
using WorkflowTalent.Plan.Settings;

namespace WorkflowTalent.Plan.Funding;

/// <summary>The paragraphs on money and relations that notices to trainees and units carry (R11.1, R12.1).</summary>
public sealed record BenefitsStatement(BilingualText Relations, BilingualText Pay, BilingualText Funding)
{
    public static BenefitsStatement For(PlanSettings settings, string originalUnit)
    {
        var subsidy = Yuan(settings.TownshipSubsidyYuan);
        var funding = Yuan(settings.FundingPerTraineeYuan);
        return new BenefitsStatement(
            new BilingualText(
                "研修期间，研修人员只向接收单位提交党员证明信，户口、行政、工资等关系不变，仍保留在原工作单位（R12.1）。",
                "During training the trainee hands only the Party membership certificate letter to the receiving unit; residence, administrative and pay relations stay with the original unit (R12.1)."),
            new BilingualText(
                $"研修人员仍享受原工作单位{originalUnit}的工资福利待遇（含乡镇 {subsidy} 元补贴）；原工作单位按有关规定给予适当差旅费补助（R12.1）。",
                $"Pay and benefits continue from the original unit {originalUnit}, including the {subsidy}-yuan township subsidy; the original unit pays a suitable travel allowance under the relevant rules (R12.1)."),
            new BilingualText(
                $"市人才发展专项经费按每人 {funding} 元拨付接收单位，主要用于研修人员的食宿补贴，严禁挪作他用；接收单位不得另收取其他费用，研修人员不得自行索要培养经费（R11.1）。",
                $"The municipal talent development fund pays {funding} yuan per trainee to the receiving unit, mainly for board and lodging, for no other use; the receiving unit may charge no other fees and the trainee may not claim it (R11.1)."));
    }

    private static string Yuan(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);
}
