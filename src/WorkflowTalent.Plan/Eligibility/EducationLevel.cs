namespace WorkflowTalent.Plan.Eligibility;

/// <summary>Highest education completed; ordered so that a higher value is a higher level (R5.1 compares them).</summary>
public enum EducationLevel
{
    SecondaryVocational = 1,
    JuniorCollege = 2,
    Bachelor = 3,
    Master = 4,
    Doctorate = 5,
}
