namespace WorkflowTalent.Documents.Terms;

/// <summary>R3.2: the five fields trainees come from.</summary>
public enum ProfessionalField
{
    Education,
    Health,
    Agriculture,
    UrbanConstructionAndPlanning,
    ScienceAndTechnology,
}
