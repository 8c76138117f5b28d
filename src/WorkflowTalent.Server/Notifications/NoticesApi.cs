using System.Net;
using System.Net.Mail;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.Users;
using WorkflowTalent.Server.Identity;

namespace WorkflowTalent.Server.Notifications;

/// <summary>
/// <c>GET /api/me/notices</c>: the outbox mails addressed to the caller's own e-mail (To or Cc), newest first. A trainee
/// reads here what the workflows told them (leave decided, report-in reminders) even when the mail went astray.
/// </summary>
public static partial class NoticesApi
{
    public const int MaxNotices = 100;

    public static IEndpointRouteBuilder MapNoticesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/me/notices", ListAsync)
            .WithTags("Outbox")
            .RequireAuthorization()
            .WithSummary("The mails sent (or waiting to be sent) to the caller's own e-mail address, newest first, as plain text.");
        return app;
    }

    private static async Task<Ok<List<Notice>>> ListAsync(ClaimsPrincipal user, UserManager<WorkflowUser> users, WorkflowDbContext db, CancellationToken cancellationToken)
    {
        var email = (await users.FindByNameAsync(Caller.From(user).UserName))?.Email?.Trim();
        if (string.IsNullOrEmpty(email))
            return TypedResults.Ok(new List<Notice>());

        // SQL narrows by substring, ignoring case as addresses do; the address list is then parsed, so a.li@x.cn does
        // not see mails to ca.li@x.cn.
        var lower = email.ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // EF Core translates ToLower() to SQL lower() on every provider; the culture and comparison overloads do not translate
        var candidates = await db.OutboxMails.AsNoTracking()
            .Where(m => m.To.ToLower().Contains(lower) || (m.Cc != null && m.Cc.ToLower().Contains(lower)))
            .ToListAsync(cancellationToken);
#pragma warning restore CA1304, CA1311, CA1862
        var notices = candidates
            .Where(m => Addressed(m.To, email) || Addressed(m.Cc, email))
            .OrderByDescending(m => m.CreatedAt).ThenBy(m => m.Id, StringComparer.Ordinal)
            .Take(MaxNotices)
            .Select(m => new Notice(m.Id, m.Subject, PlainText(m.Body), m.Status.ToString(), m.CreatedAt, m.SentAt))
            .ToList();
        return TypedResults.Ok(notices);
    }

    private static bool Addressed(string? addresses, string email)
    {
        if (string.IsNullOrWhiteSpace(addresses))
            return false;
        try
        {
            return new MailAddressCollection { addresses }.Any(a => string.Equals(a.Address, email, StringComparison.OrdinalIgnoreCase));
        }
        catch (FormatException)
        {
            // a list the mail sender could not parse either: compare the comma-separated parts as written
            return addresses.Split([',', ';'], StringSplitOptions.TrimEntries).Any(a => string.Equals(a, email, StringComparison.OrdinalIgnoreCase));
        }
    }

    // The templates write HTML (MailTemplates); the notices list shows text: line breaks kept, tags dropped, entities decoded.
    internal static string PlainText(string html)
    {
        var text = LineBreaks().Replace(html, "\n");
        text = Tags().Replace(text, "");
        text = WebUtility.HtmlDecode(text);
        return BlankLines().Replace(text, "\n\n").Trim();
    }

    [GeneratedRegex(@"<\s*(br|/p|/div|/li|/h[1-6]|/tr)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreaks();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\n\s*\n\s*\n+")]
    private static partial Regex BlankLines();
}
