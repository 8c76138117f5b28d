using WorkflowTalent.Persistence.Definitions;

namespace WorkflowTalent.Server.Definitions;

public sealed partial class DefinitionCatalog
{
    /// <summary>
    /// Stages the end of a version for new cases: nothing starts on it any more, while the cases already running on
    /// it continue on it (they are pinned to their version).
    /// </summary>
    public void Retire(DefinitionRecord version, string changedBy)
    {
        ArgumentNullException.ThrowIfNull(version);
        version.Status = DefinitionStatus.Retired;
        version.RetiredAt = clock.GetUtcNow();
        version.ChangedBy = changedBy;
    }
}
