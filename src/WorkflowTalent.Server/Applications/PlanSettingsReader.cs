using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.Plan;
using WorkflowTalent.Plan.Settings;
using WorkflowTalent.Server.Plan;

namespace WorkflowTalent.Server.Applications;

/// <summary>The plan's settings in force, read synchronously inside an engine step (the step runs without awaiting).</summary>
internal static class PlanSettingsReader
{
    public static PlanSettings Current(WorkflowDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var json = db.PlanSettings.Where(s => s.Id == PlanSettingsRecord.CurrentId).Select(s => s.Json).Single();
        return PlanSettingsStore.Read(json);
    }
}
