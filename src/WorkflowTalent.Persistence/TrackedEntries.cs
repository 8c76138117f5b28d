using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace WorkflowTalent.Persistence;

internal static class TrackedEntries
{
    /// <summary>
    /// The tracked entries as they stand, without the change-detection scan <see cref="ChangeTracker.Entries()"/>
    /// starts: whether an entry is added, or of a type, does not depend on it, and SaveChanges scans next anyway.
    /// </summary>
    public static List<EntityEntry> WithoutDetectingChanges(ChangeTracker tracker)
    {
        var detect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            return [.. tracker.Entries()];
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }
    }
}
