using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence;
using WorkflowTalent.Server.Identity;

namespace WorkflowTalent.Server.Access;

/// <summary>Reads a request's <see cref="Access"/>: the caller from the principal, and whom they stand in for today.</summary>
public sealed class AccessResolver(WorkflowDbContext db, TimeProvider clock)
{
    public async Task<Access> ForAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        var caller = Caller.From(principal);
        var now = clock.GetUtcNow();
        var absent = await db.Substitutes.AsNoTracking()
            .Where(s => s.SubstituteUserName == caller.UserName && s.From <= now && s.To > now)
            .Select(s => s.UserName)
            .Distinct()
            .ToListAsync(cancellationToken);
        return new Access(caller, absent);
    }
}
