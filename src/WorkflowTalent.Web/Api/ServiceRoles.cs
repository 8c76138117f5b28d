namespace WorkflowTalent.Web.Api;

/// <summary>
/// The service's role names the UI decides on (WorkflowTalent.Server.Identity.WorkflowRoles, which this project cannot
/// reference: the server hosts the UI). The API still enforces every role; the UI only hides what is not for the user.
/// </summary>
public static class ServiceRoles
{
    public const string Administrator = "Administrator";

    public const string Trainee = "Trainee";

    /// <summary>The officials of R2.1 — everyone who works an inbox for others (a comma list, as AuthorizeView takes it).</summary>
    public const string Officials = "MunicipalOrganization,CountyOrganization,CompetentDepartment,ReceivingUnit,ReceivingUnitHr,OriginalUnit";
}
