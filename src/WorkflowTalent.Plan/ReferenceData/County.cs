namespace WorkflowTalent.Plan.ReferenceData;

/// <summary>
/// A county-level division of Yuxi; its Organisation Department is the dispatching unit (R4.1). Ethnic autonomous
/// counties and remote townships tilt the quota (R3.4).
/// </summary>
public sealed record County(string Name, string EnglishName, bool IsEthnicAutonomous, IReadOnlyList<Township> Townships)
{
    public int RemoteTownshipCount => Townships.Count(t => t.IsRemote);

    public Township? FindTownship(string name) => Townships.FirstOrDefault(t => t.Name == name);
}
