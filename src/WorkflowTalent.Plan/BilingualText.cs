namespace WorkflowTalent.Plan;

/// <summary>A text shown to people: zh-CN first (UI, e-mail and exports are Chinese), English beside it.</summary>
public sealed record BilingualText(string ZhCn, string En)
{
    public override string ToString() => ZhCn;
}
