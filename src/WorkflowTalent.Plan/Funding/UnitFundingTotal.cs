namespace WorkflowTalent.Plan.Funding;

/// <summary>A receiving unit's funding in one batch; cancelled and extended trainees are counted in the amount and shown apart.</summary>
public sealed record UnitFundingTotal(string ReceivingUnit, int Trainees, int Cancelled, int Extended, decimal AmountYuan);
