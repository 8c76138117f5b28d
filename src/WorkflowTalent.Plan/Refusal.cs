namespace WorkflowTalent.Plan;

/// <summary>
/// Why the plan's rules refuse something: the requirement (an R-id of rules.md), the setting the decision used
/// (e.g. <c>PlanSettings.AgeLimit = 35</c>) when one did, and the message for people.
/// </summary>
public sealed record Refusal(string RuleId, BilingualText Message, string? Setting = null)
{
    public override string ToString() => Message.ZhCn;
}
