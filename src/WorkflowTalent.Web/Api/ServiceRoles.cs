namespace WorkflowTalent.Web.Api;

/// <summary>
/// The service's role names the UI decides on (WorkflowTalent.Server.Identity.WorkflowRoles, which this project cannot
/// reference: the server hosts the UI). The API still enforces every role; the UI only hides what is not for the user.
/// </summary>
public static class ServiceRoles
{
    public const string Administrator = "Administrator";
}
