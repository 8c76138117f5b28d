namespace WorkflowTalent.Plan.Quotas;

/// <summary>
/// The editable weights of the quota split (R3.4, R15.2). The places are split into three pools: the ethnic tilt
/// (<see cref="EthnicTiltShare"/> of the total, equally among ethnic autonomous counties), the remote tilt
/// (<see cref="RemoteTiltShare"/>, by each county's remote townships) and the base (the rest, by base weight).
/// A pool no county qualifies for folds into the base.
/// </summary>
public sealed record QuotaWeights
{
    /// <summary>R3.4: one tenth of the places tilts toward the three ethnic autonomous counties (about 3.3 each of 100).</summary>
    public decimal EthnicTiltShare { get; init; } = 0.10m;

    /// <summary>R3.4: one tenth of the places follows the number of remote townships (0.4 per township with the seed).</summary>
    public decimal RemoteTiltShare { get; init; } = 0.10m;

    /// <summary>R15.2: places taken from a county per trainee of it cancelled last year.</summary>
    public decimal PlacesPerCancelledTrainee { get; init; } = 1m;

    /// <summary>Base weight per county name; a county not listed weighs 1, so the default base is an equal split.</summary>
    public IReadOnlyDictionary<string, decimal> BaseWeights { get; init; } = new Dictionary<string, decimal>();

    /// <summary>A county's remote-township figure in place of its count of remote townships, where administrators set one.</summary>
    public IReadOnlyDictionary<string, decimal> RemoteFigures { get; init; } = new Dictionary<string, decimal>();

    public decimal BaseWeightOf(string county) => BaseWeights.TryGetValue(county, out var weight) ? weight : 1m;

    public decimal RemoteFigureOf(string county, int remoteTownships) =>
        RemoteFigures.TryGetValue(county, out var figure) ? figure : remoteTownships;
}
