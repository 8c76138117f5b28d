namespace WorkflowTalent.Plan.Funding;

/// <summary>Whom a funding entry pays; R11.1 allows only the trainee's receiving unit.</summary>
public sealed record Payee(string Name, PayeeKind Kind)
{
    public static Payee Unit(string name) => new(name, PayeeKind.ReceivingUnit);

    public static Payee Trainee(string name) => new(name, PayeeKind.Trainee);
}
