namespace WorkflowTalent.Persistence.Plan;

/// <summary>
/// A trainee's employer (原工作单位, R4.1): a county-level unit when <see cref="TownshipId"/> is null, otherwise a
/// township (street) unit. Created as applications name them.
/// </summary>
public sealed class OriginalUnitRecord
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public int CountyId { get; set; }
    public int? TownshipId { get; set; }
}
