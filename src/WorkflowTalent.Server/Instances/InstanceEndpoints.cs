using WorkflowTalent.Server.Identity;
using WorkflowTalent.Server.Users;

namespace WorkflowTalent.Server.Instances;

/// <summary>
/// <c>/api/instances</c>: any signed-in user starts a published definition and reads the cases they may see
/// (others answer 404, so a case's existence does not leak); administrators cancel, alter and migrate them.
/// </summary>
public static class InstanceEndpoints
{
    public static IEndpointRouteBuilder MapInstanceEndpoints(this IEndpointRouteBuilder app)
    {
        var instances = app.MapGroup("/api/instances").WithTags("Instances");
        instances.MapStartInstance();
        instances.MapInstanceReads();

        var administration = instances.MapGroup("").RequireAuthorization(IdentityModule.AdministratorsOnly);
        administration.MapCancelInstance();
        administration.MapAlterInstance();
        administration.MapMigrateInstances();

        // Program.cs maps instances and events only; the users API belongs to the same issue (4).
        app.MapUserEndpoints();
        return app;
    }
}
