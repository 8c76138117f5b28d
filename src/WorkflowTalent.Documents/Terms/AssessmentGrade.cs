namespace WorkflowTalent.Documents.Terms;

/// <summary>R14.3: the receiving unit's four grades, in the order the form prints them.</summary>
public enum AssessmentGrade
{
    Excellent,
    Pass,
    BasicPass,
    Fail,
}
