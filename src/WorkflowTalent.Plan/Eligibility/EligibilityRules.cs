using WorkflowTalent.Plan.Batches;
using WorkflowTalent.Plan.ReferenceData;
using WorkflowTalent.Plan.Settings;

namespace WorkflowTalent.Plan.Eligibility;

/// <summary>
/// The checkable half of eligibility: education and age (R5.1), field and employer level (R3.2). Age is counted in
/// full years on the batch's report-in deadline (a local Yuxi date), so every candidate of a batch is measured on
/// the same day.
/// </summary>
public sealed class EligibilityRules(PlanSettings settings)
{
    public IReadOnlyList<Refusal> Check(CandidateFacts facts, Batch batch) => Check(facts, batch.ReportInDeadline);

    public IReadOnlyList<Refusal> Check(CandidateFacts facts, DateOnly referenceDate)
    {
        var refusals = new List<Refusal>();

        // R5.1: college diploma (大专) or higher.
        if (facts.Education < settings.MinimumEducation)
        {
            var minimum = settings.MinimumEducation;
            refusals.Add(new Refusal(
                "R5.1",
                new BilingualText(
                    $"学历须为{minimum.NameZh()}及以上（R5.1），申报学历为{facts.Education.NameZh()}",
                    $"Education must be {minimum.NameEn()} ({minimum.NameZh()}) or higher (R5.1); declared: {facts.Education.NameEn()} ({facts.Education.NameZh()})"),
                $"{nameof(PlanSettings.MinimumEducation)} = {minimum.NameZh()}"));
        }

        // R5.1: about 35, relaxed for ethnic minorities and remote townships.
        var age = AgeOn(facts.BirthDate, referenceDate);
        var relaxed = facts.Ethnicity.IsMinority || facts.FromRemoteTownship;
        if (!relaxed && age > settings.AgeLimit)
        {
            refusals.Add(new Refusal(
                "R5.1",
                new BilingualText(
                    $"年龄 {age} 岁，超过 {settings.AgeLimit} 岁（少数民族或边远乡镇放宽至 {settings.RelaxedAgeLimit} 岁）（R5.1）",
                    $"Age {age} is over {settings.AgeLimit} (relaxed to {settings.RelaxedAgeLimit} for ethnic minorities and remote townships) (R5.1)"),
                $"{nameof(PlanSettings.AgeLimit)} = {settings.AgeLimit}"));
        }
        else if (relaxed && age > settings.RelaxedAgeLimit)
        {
            refusals.Add(new Refusal(
                "R5.1",
                new BilingualText(
                    $"年龄 {age} 岁，超过少数民族或边远乡镇放宽后的 {settings.RelaxedAgeLimit} 岁（R5.1）",
                    $"Age {age} is over {settings.RelaxedAgeLimit}, the limit relaxed for ethnic minorities and remote townships (R5.1)"),
                $"{nameof(PlanSettings.RelaxedAgeLimit)} = {settings.RelaxedAgeLimit}"));
        }

        // R3.2: the five fields only.
        if (facts.Field is null)
        {
            refusals.Add(new Refusal(
                "R3.2",
                new BilingualText(
                    $"专业领域须为{string.Join("、", Field.All.Select(f => f.NameZh))}之一（R3.2）",
                    $"The field must be one of {string.Join(", ", Field.All.Select(f => f.NameEn.ToLowerInvariant()))} (R3.2)")));
        }

        // R3.2: county and township (street) units only.
        if (facts.EmployerLevel is not (UnitLevel.County or UnitLevel.Township))
        {
            refusals.Add(new Refusal(
                "R3.2",
                new BilingualText(
                    "原工作单位须为县级或乡镇（街道）单位（R3.2）",
                    "The original work unit must be a county or township (street) unit (R3.2)")));
        }

        return refusals;
    }

    /// <summary>Full years between birth and the reference date; in common years a 29 February birthday counts on 28 February.</summary>
    public static int AgeOn(DateOnly birthDate, DateOnly referenceDate)
    {
        var age = referenceDate.Year - birthDate.Year;
        if (referenceDate < birthDate.AddYears(age))
        {
            age--;
        }

        return age;
    }
}
