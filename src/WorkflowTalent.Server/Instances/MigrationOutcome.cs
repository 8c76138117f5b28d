namespace WorkflowTalent.Server.Instances;

/// <summary>What migrating one case did: <c>Migrated</c>, or <c>Refused</c> with the reason (the case is unchanged).</summary>
public sealed record MigrationOutcome(string InstanceId, string Result, int? FromVersion, int ToVersion, string? Reason)
{
    public const string Migrated = "Migrated";
    public const string Refused = "Refused";
}

public sealed record MigrationReport(int Migrated, int Refused, IReadOnlyList<MigrationOutcome> Instances);
