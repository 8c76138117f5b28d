namespace WorkflowTalent.Server.Applications;

/// <summary>How a registered application is carried through the plan's workflows.</summary>
public sealed class ApplicationsOptions
{
    public const string Section = "Applications";

    /// <summary>
    /// The definition a registration starts: <see cref="PlanDefinitions.Selection"/> alone (report-in and training are
    /// then started per application through the API), or <see cref="PlanDefinitions.Year"/>, whose child instances run
    /// selection, report-in and training in turn. Either way every instance is correlated to the application, so the
    /// outcomes reach it the same way (<see cref="PlanOutcomes"/>).
    /// </summary>
    public string PlanDefinitionId { get; set; } = PlanDefinitions.Selection;

    /// <summary>Whether report-in and training are the parent's to start rather than the API's.</summary>
    public bool YearStartsItsChildren => PlanDefinitionId == PlanDefinitions.Year;
}
