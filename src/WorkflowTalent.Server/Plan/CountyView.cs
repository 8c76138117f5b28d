namespace WorkflowTalent.Server.Plan;

/// <summary>A county with its townships; the flags are those R3.4 tilts the quota by.</summary>
public sealed record CountyView(string Name, string EnglishName, bool IsEthnicAutonomous, int RemoteTownshipCount, IReadOnlyList<TownshipView> Townships);

public sealed record TownshipView(string Name, bool IsRemote);
