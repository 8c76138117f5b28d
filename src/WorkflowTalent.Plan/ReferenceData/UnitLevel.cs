namespace WorkflowTalent.Plan.ReferenceData;

/// <summary>The administrative level of a work unit; R3.2 draws trainees from county and township units only.</summary>
public enum UnitLevel
{
    Township = 1,
    County = 2,
    Municipal = 3,
}
