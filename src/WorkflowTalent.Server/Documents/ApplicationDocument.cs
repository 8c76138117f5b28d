using WorkflowTalent.Persistence.Plan;
using WorkflowTalent.Server.Access;

namespace WorkflowTalent.Server.Documents;

/// <summary>An application with the reference data its documents print, looked up once.</summary>
internal sealed record ApplicationDocument(
    ApplicationRecord Application,
    CountyRecord County,
    TownshipRecord? Township,
    OriginalUnitRecord? OriginalUnit,
    ReceivingUnitRecord? RequestedUnit,
    ReceivingUnitRecord? ReceivingUnit,
    UnitDepartmentRecord? Department,
    MentorRecord? Mentor)
{
    public DocumentParties Parties => new(County.Name, Application.TraineeUserName, Application.FieldCode, OriginalUnit?.Name, ReceivingUnit?.Name);

    /// <summary>R6.3: placed means the receiving unit, the department and the mentor are set.</summary>
    public bool IsPlaced => ReceivingUnit is not null && Department is not null && Mentor is not null;
}
