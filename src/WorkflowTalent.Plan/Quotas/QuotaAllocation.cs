namespace WorkflowTalent.Plan.Quotas;

/// <summary>The places of one batch per county (R3.4), with the inputs and weights that produced them.</summary>
public sealed record QuotaAllocation(int TotalPlaces, QuotaWeights Weights, IReadOnlyList<QuotaInput> Inputs, IReadOnlyList<QuotaLine> Lines)
{
    public int Total => Lines.Sum(l => l.Places);

    public QuotaLine? LineOf(string county) => Lines.FirstOrDefault(l => l.County.Name == county);

    public int PlacesOf(string county) => LineOf(county)?.Places ?? 0;
}
