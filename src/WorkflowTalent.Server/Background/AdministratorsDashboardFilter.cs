using Hangfire.Dashboard;
using WorkflowTalent.Server.Identity;

namespace WorkflowTalent.Server.Background;

/// <summary>
/// The dashboard shows job arguments and can trigger jobs: administrators only. The endpoint's policy already
/// answers 401/403; this filter holds if the dashboard is ever mapped without it. Hangfire answers 401 to an
/// anonymous request and 403 to a signed-in one that fails it.
/// </summary>
internal sealed class AdministratorsDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) =>
        context.GetHttpContext().User is { Identity.IsAuthenticated: true } user && user.IsInRole(WorkflowRoles.Administrator);
}
