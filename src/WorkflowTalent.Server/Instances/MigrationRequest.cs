namespace WorkflowTalent.Server.Instances;

/// <summary>
/// Which cases to move to <see cref="ToVersion"/> of their definition: named by <see cref="InstanceIds"/>, or every
/// running or waiting case that <see cref="Filter"/> selects. <see cref="Mapping"/> maps old activity ids to new
/// ones; an activity not named keeps its id.
/// </summary>
public sealed record MigrationRequest(IReadOnlyList<string>? InstanceIds, MigrationFilter? Filter, int ToVersion, IReadOnlyDictionary<string, string>? Mapping);

/// <summary>The cases of a definition, of one version when <see cref="Version"/> is given.</summary>
public sealed record MigrationFilter(string? DefinitionId, int? Version);
