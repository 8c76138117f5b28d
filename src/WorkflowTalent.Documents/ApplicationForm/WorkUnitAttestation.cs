namespace WorkflowTalent.Documents.ApplicationForm;

/// <summary>
/// R5.1: the eligibility criteria that are judgement, not fact, attested by the original work unit when it recommends
/// (R6.1); printed as check boxes in its opinion box.
/// </summary>
public sealed record WorkUnitAttestation(
    bool GoodPoliticalAndProfessionalConduct,
    bool TechnicalBackbone,
    bool DevelopmentPotential,
    bool GoodHealth);
