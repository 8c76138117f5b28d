namespace WorkflowTalent.Plan.Eligibility;

/// <summary>The parts of R5.1 that are the recommenders' judgement, recorded as attestations, never computed.</summary>
public enum JudgementCriterion
{
    GoodConduct = 1,
    TechnicalBackbone = 2,
    DevelopmentPotential = 3,
    GoodHealth = 4,
}
