namespace WorkflowTalent.Documents.Terms;

/// <summary>R5.1: a college diploma (大专) or higher, so the forms offer no lower level.</summary>
public enum EducationLevel
{
    Doctorate,
    Master,
    Bachelor,
    CollegeDiploma,
}
