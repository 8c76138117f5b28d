using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence;
using WorkflowTalent.Server.Identity;

namespace WorkflowTalent.Server.Applications;

/// <summary>
/// <c>GET /api/me/applications</c>: the caller's own applications as a trainee, for the trainee's page. Only those whose
/// trainee user name is the caller's (what <see cref="ApplicationVisibility"/> lets a trainee see); anyone else gets an
/// empty list, since they have no application of their own.
/// </summary>
public static class MyApplicationsApi
{
    public static IEndpointRouteBuilder MapMyApplicationsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/me/applications", ListAsync)
            .WithTags("Applications")
            .RequireAuthorization()
            .WithSummary("The caller's own applications (a trainee's), newest first, with the batch's dates and the cases of each.");
        return app;
    }

    private static async Task<Ok<List<MyApplication>>> ListAsync(ClaimsPrincipal user, WorkflowDbContext db, ApplicationReader reader, CancellationToken cancellationToken)
    {
        var caller = Caller.From(user);
        if (!caller.IsInRole(WorkflowRoles.Trainee))
            return TypedResults.Ok(new List<MyApplication>());

        var me = caller.UserName;
        // A trainee has an application or two (an extension joins the next batch, R16.2): ordered here, not in SQL.
        var rows = (await db.PlanApplications.AsNoTracking().Where(a => a.TraineeUserName == me).ToListAsync(cancellationToken))
            .OrderByDescending(a => a.BatchYear).ThenByDescending(a => a.CreatedAt).ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToList();
        var views = await reader.ViewsAsync(rows, cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var years = rows.Select(r => r.BatchYear).Distinct().ToList();
        var batches = await db.PlanBatches.AsNoTracking().Where(b => years.Contains(b.Year))
            .ToDictionaryAsync(b => b.Year, b => new MyBatchDates(b.ReportInDeadline, b.TrainingStart, b.TrainingEnd, b.SummaryDue), cancellationToken);
        var cases = (await db.Instances.AsNoTracking()
                .Where(i => i.CorrelationId != null && ids.Contains(i.CorrelationId))
                .Select(i => new { i.CorrelationId, i.Id, i.DefinitionId, i.Name, i.Status, i.CreatedAt, i.EndedAt })
                .ToListAsync(cancellationToken))
            .OrderByDescending(i => i.CreatedAt).ThenBy(i => i.Id, StringComparer.Ordinal)
            .ToLookup(i => i.CorrelationId!, i => new MyCase(i.Id, i.DefinitionId, i.Name, i.Status.ToString(), i.CreatedAt, i.EndedAt), StringComparer.Ordinal);

        return TypedResults.Ok(views.Select(v => new MyApplication(v, batches.GetValueOrDefault(v.BatchYear), [.. cases[v.Id]])).ToList());
    }
}
