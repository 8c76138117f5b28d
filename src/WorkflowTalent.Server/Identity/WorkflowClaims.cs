namespace WorkflowTalent.Server.Identity;

/// <summary>Claims the service adds to the Identity principal.</summary>
public static class WorkflowClaims
{
    /// <summary>The county, unit or department an official acts for.</summary>
    public const string Scope = "wt:scope";

    public const string DisplayName = "wt:name";
}
