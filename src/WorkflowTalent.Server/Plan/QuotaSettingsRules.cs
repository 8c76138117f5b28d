using WorkflowTalent.Plan.ReferenceData;
using WorkflowTalent.Plan.Settings;

namespace WorkflowTalent.Server.Plan;

/// <summary>What <see cref="PlanSettings.Validate"/> cannot know without the counties: the quota weights must name real ones and leave someone a base share.</summary>
internal static class QuotaSettingsRules
{
    public static List<PlanProblem> Check(PlanSettings settings, IReadOnlyList<County> counties)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(counties);
        var problems = new List<PlanProblem>();
        var names = counties.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var county in settings.Quota.BaseWeights.Keys.Where(k => !names.Contains(k)))
            problems.Add(new($"Quota.BaseWeights[{county}]", $"没有县（市、区）“{county}”（R3.4）", $"there is no county {county} (R3.4)", "R3.4"));
        foreach (var county in settings.Quota.RemoteFigures.Keys.Where(k => !names.Contains(k)))
            problems.Add(new($"Quota.RemoteFigures[{county}]", $"没有县（市、区）“{county}”（R3.4）", $"there is no county {county} (R3.4)", "R3.4"));
        // R3.4: the base pool is split by base weight; with every weight 0 there is nothing to split it by.
        if (counties.Count > 0 && counties.Sum(c => settings.Quota.BaseWeightOf(c.Name)) <= 0)
            problems.Add(new("Quota.BaseWeights", "至少一个县（市、区）的基础权重须大于 0（R3.4）", "at least one county needs a positive base weight (R3.4)", "R3.4"));
        return problems;
    }
}
