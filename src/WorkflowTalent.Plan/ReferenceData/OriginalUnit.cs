namespace WorkflowTalent.Plan.ReferenceData;

/// <summary>
/// A trainee's own employer (原工作单位, R4.1): a county-level unit when <see cref="Township"/> is null, otherwise a
/// township (street) unit. It keeps pay and relations during training (R12.1).
/// </summary>
public sealed record OriginalUnit(string Name, County County, Township? Township = null)
{
    public UnitLevel Level => Township is null ? UnitLevel.County : UnitLevel.Township;

    public bool IsInRemoteTownship => Township?.IsRemote == true;
}
