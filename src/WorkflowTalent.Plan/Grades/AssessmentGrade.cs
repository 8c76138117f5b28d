namespace WorkflowTalent.Plan.Grades;

/// <summary>R14.3: the receiving unit's overall grade, best first.</summary>
public enum AssessmentGrade
{
    Excellent = 1,
    Pass = 2,
    BasicPass = 3,
    Fail = 4,
}
