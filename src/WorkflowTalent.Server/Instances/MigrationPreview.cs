using WorkflowTalent.Workflows.Alterations;

namespace WorkflowTalent.Server.Instances;

/// <summary>What migrating one case would do: where each piece of pending work goes, or why it cannot move.</summary>
public sealed record MigrationPreview(string InstanceId, int? FromVersion, int ToVersion, bool CanApply, IReadOnlyList<MigrationMove> Moves, IReadOnlyList<string> Problems);

public sealed record MigrationPreviewReport(IReadOnlyList<MigrationPreview> Instances);
