namespace WorkflowTalent.Server.Plan;

/// <summary>
/// An administrator's change to a county: the ethnic flag, and when <see cref="Townships"/> is given, the complete
/// list of its townships with their remote flags (townships left out are removed unless a record names them).
/// </summary>
public sealed record CountyEdit(bool? IsEthnicAutonomous, IReadOnlyList<TownshipEdit>? Townships);

public sealed record TownshipEdit(string? Name, bool IsRemote);
