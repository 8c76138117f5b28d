using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using WorkflowTalent.Persistence.Definitions;

namespace WorkflowTalent.Persistence;

/// <summary>
/// Tells the <see cref="DefinitionCache"/> when a context saves definition rows (a draft published, a version retired,
/// an import), before and after the save, so that the next start in this process reads the published version afresh.
/// </summary>
internal sealed class DefinitionChangesInterceptor(DefinitionCache cache) : SaveChangesInterceptor
{
    private static readonly object Marker = new();
    private readonly ConditionalWeakTable<DbContext, object> _saving = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Saving(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Saving(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Saved(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return Task.CompletedTask;
    }

    private void Saving(DbContext? db)
    {
        if (db is null)
            return;
        // Starts read definitions untracked: a tracked definition row means this save may change one.
        if (!TrackedEntries.WithoutDetectingChanges(db.ChangeTracker).Exists(e => e.Entity is DefinitionRecord))
            return;

        _saving.AddOrUpdate(db, Marker);
        cache.ForgetPublished();
    }

    private void Saved(DbContext? db)
    {
        if (db is not null && _saving.Remove(db))
            cache.ForgetPublished();
    }
}
