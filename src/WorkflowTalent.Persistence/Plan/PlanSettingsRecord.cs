namespace WorkflowTalent.Persistence.Plan;

/// <summary>
/// The settings in force (<c>WorkflowTalent.Plan.Settings.PlanSettings</c> as JSON): one row, <see cref="CurrentId"/>.
/// Every change also writes a <see cref="PlanSettingsChangeRecord"/>; <see cref="Revision"/> guards against two
/// administrators saving over each other.
/// </summary>
public sealed class PlanSettingsRecord
{
    public const int CurrentId = 1;

    public int Id { get; set; } = CurrentId;
    public required string Json { get; set; }
    public int Revision { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }
}
