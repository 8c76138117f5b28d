namespace WorkflowTalent.Plan.Eligibility;

public static class JudgementCriterionNames
{
    public static string NameZh(this JudgementCriterion criterion) => criterion switch
    {
        JudgementCriterion.GoodConduct => "政治素质好、职业道德良好",
        JudgementCriterion.TechnicalBackbone => "科研或一线业务骨干",
        JudgementCriterion.DevelopmentPotential => "具有发展潜力",
        JudgementCriterion.GoodHealth => "身体健康",
        _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion, null),
    };

    public static string NameEn(this JudgementCriterion criterion) => criterion switch
    {
        JudgementCriterion.GoodConduct => "good political and professional conduct",
        JudgementCriterion.TechnicalBackbone => "technical backbone in research or front-line work",
        JudgementCriterion.DevelopmentPotential => "development potential",
        JudgementCriterion.GoodHealth => "good health",
        _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion, null),
    };
}
