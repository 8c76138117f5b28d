namespace WorkflowTalent.Persistence.Definitions;

public enum DefinitionStatus
{
    Draft,
    Published,
    Retired,
}
