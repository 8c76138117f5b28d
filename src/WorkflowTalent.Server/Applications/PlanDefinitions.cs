namespace WorkflowTalent.Server.Applications;

/// <summary>The definitions (workflows/) an application's cases run; their ids are the contract with the JSON files.</summary>
public static class PlanDefinitions
{
    /// <summary>R6.1–R6.4: selection of one candidate.</summary>
    public const string Selection = "talent-selection";

    /// <summary>Selection → report-in → training as child instances of one parent, each correlated to the application.</summary>
    public const string Year = "talent-year";

    /// <summary>R6.5, R10.2.</summary>
    public const string ReportIn = "talent-report-in";

    /// <summary>R7.1–R14.4, R16.1.</summary>
    public const string Training = "talent-training";

    /// <summary>R15.1.</summary>
    public const string Leave = "talent-leave";

    /// <summary>R15.2.</summary>
    public const string Discipline = "talent-discipline";

    /// <summary>R16.2.</summary>
    public const string Extension = "talent-extension";
}
