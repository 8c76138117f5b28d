namespace WorkflowTalent.Documents.Terms;

public enum Gender
{
    Male,
    Female,
}
