namespace WorkflowTalent.Server.Plan;

/// <summary>The plan's reference data as officials read it.</summary>
public sealed record ReferenceView(IReadOnlyList<CountyView> Counties, IReadOnlyList<FieldView> Fields, IReadOnlyList<ReceivingUnitView> ReceivingUnits);
