namespace WorkflowTalent.Persistence.Plan;

/// <summary>A township (乡/镇) or street (街道) of a county; remote ones tilt the quota (R3.4) and relax the age limit (R5.1).</summary>
public sealed class TownshipRecord
{
    public int Id { get; set; }
    public int CountyId { get; set; }
    public required string Name { get; set; }
    public bool IsRemote { get; set; }
    public int Position { get; set; }
}
