namespace WorkflowTalent.Plan.Funding;

public enum PayeeKind
{
    ReceivingUnit = 1,
    Trainee = 2,
    OtherUnit = 3,
}
