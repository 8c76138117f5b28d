using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.HumanTasks;
using WorkflowTalent.Persistence.Instances;
using WorkflowTalent.Server.Access;

namespace WorkflowTalent.Server.Instances;

/// <summary>Reads cases as committed, through the caller's <see cref="Access"/> so that a case one may not see is simply absent.</summary>
internal sealed class InstanceReader(WorkflowDbContext db, AccessResolver resolver)
{
    public async Task<IQueryable<InstanceRecord>> VisibleAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var access = await resolver.ForAsync(user, cancellationToken);
        return access.Instances(db.Instances.AsNoTracking(), db.Tasks.AsNoTracking());
    }

    /// <summary>The case if the caller may see it, else null.</summary>
    public async Task<InstanceDetails?> DetailsAsync(ClaimsPrincipal user, string id, CancellationToken cancellationToken)
    {
        var access = await resolver.ForAsync(user, cancellationToken);
        return await DetailsAsync(access, access.Instances(db.Instances.AsNoTracking(), db.Tasks.AsNoTracking()), id, cancellationToken);
    }

    /// <summary>A case the caller just changed (started it, or administers it): read without the visibility test.</summary>
    public async Task<InstanceDetails> ChangedAsync(ClaimsPrincipal user, string id, CancellationToken cancellationToken) =>
        await DetailsAsync(await resolver.ForAsync(user, cancellationToken), db.Instances.AsNoTracking(), id, cancellationToken)
        ?? throw new InvalidOperationException($"instance {id} was committed but cannot be read back");

    private async Task<InstanceDetails?> DetailsAsync(Access.Access access, IQueryable<InstanceRecord> instances, string id, CancellationToken cancellationToken)
    {
        var row = await instances.SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (row is null)
            return null;
        var openTasks = await db.Tasks.AsNoTracking()
            .Where(t => t.InstanceId == id && t.Status == HumanTaskStatus.Open)
            .OrderBy(t => t.CreatedAt).ThenBy(t => t.Id)
            .ToListAsync(cancellationToken);
        return InstanceDetails.From(row, openTasks, access.CanSee);
    }
}
