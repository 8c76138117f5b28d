using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Mail;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.Mail;
using WorkflowTalent.Server.Identity;

namespace WorkflowTalent.Server.Notifications;

/// <summary><c>/api/outbox</c>: administrators see what the outbox holds and put a Failed mail back in the queue.</summary>
public static class OutboxApi
{
    public const int PageSize = 200;

    /// <summary>A mail as the administrators' list shows it: addresses and subject, not the body.</summary>
    public sealed record OutboxMailSummary(
        string Id, string? InstanceId, string To, string Subject, string Status, int Attempts, string? LastError,
        DateTimeOffset CreatedAt, DateTimeOffset? NextAttemptAt, DateTimeOffset? SentAt);

    public static IEndpointRouteBuilder MapOutboxApi(this IEndpointRouteBuilder app)
    {
        var outbox = app.MapGroup("/api/outbox").WithTags("Outbox").RequireAuthorization(IdentityModule.AdministratorsOnly);
        outbox.MapGet("/", ListAsync).WithSummary("The newest outbox mails, optionally of one status (Pending, Sent, Failed).");
        outbox.MapPost("/{id}/resend", ResendAsync).WithSummary("Puts a Failed mail back in the queue with a fresh set of attempts.");
        return app;
    }

    private static async Task<Results<Ok<List<OutboxMailSummary>>, ValidationProblem>> ListAsync(string? status, WorkflowDbContext db, CancellationToken cancellationToken)
    {
        var query = db.OutboxMails.AsNoTracking();
        if (status is not null)
        {
            if (!Enum.TryParse<OutboxMailStatus>(status, ignoreCase: true, out var wanted) || !Enum.IsDefined(wanted))
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = ["状态须为 Pending、Sent 或 Failed。status must be Pending, Sent or Failed."] });
            query = query.Where(m => m.Status == wanted);
        }

        var mails = await query.OrderByDescending(m => m.CreatedAt).ThenBy(m => m.Id).Take(PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(mails.Select(m => new OutboxMailSummary(
            m.Id, m.InstanceId.Length == 0 ? null : m.InstanceId, m.To, m.Subject, m.Status.ToString(), m.Attempts, m.LastError,
            m.CreatedAt, m.NextAttemptAt, m.SentAt)).ToList());
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> ResendAsync(string id, OutboxMailSender sender, WorkflowDbContext db, CancellationToken cancellationToken)
    {
        if (await sender.ResendAsync(id, cancellationToken))
            return TypedResults.NoContent();
        var exists = await db.OutboxMails.AnyAsync(m => m.Id == id, cancellationToken);
        return exists
            ? TypedResults.Problem("只有发送失败的邮件可以重发。Only a Failed mail can be resent.", statusCode: StatusCodes.Status409Conflict, title: "Not failed")
            : TypedResults.Problem($"没有邮件“{id}”。There is no outbox mail {id}.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
    }
}
