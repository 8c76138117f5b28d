using WorkflowTalent.Plan.ReferenceData;
using WorkflowTalent.Server.Identity;

namespace WorkflowTalent.Server.Access;

/// <summary>
/// Who may download the plan's documents. A document the caller may not read answers 404, as a task of another
/// scope does. <c>departmentFields</c> are the fields the caller's competent department organises (none for others).
/// </summary>
public static class DocumentAccess
{
    /// <summary>R6.1: a county's 汇总表 and candidates: its own Organisation Department, the Municipal Organisation Department, administrators.</summary>
    public static bool MayReadCounty(Caller caller, string county)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.IsAdministrator || caller.IsInRole(WorkflowRoles.MunicipalOrganization) || caller.Holds(WorkflowRoles.CountyOrganization, county);
    }

    /// <summary>R4.1, R6.1: a county Organisation Department recommends its own county's candidates (administrators on its behalf).</summary>
    public static bool MayRecommendFor(Caller caller, string county)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.IsAdministrator || caller.Holds(WorkflowRoles.CountyOrganization, county);
    }

    /// <summary>
    /// R6.1: the 申请表 goes to the Municipal Organisation Department through the county; R6.2 passes the request on to
    /// the competent department of the field; the trainee reads their own.
    /// </summary>
    public static bool MayReadApplicationForm(Caller caller, DocumentParties parties, IReadOnlyCollection<string> departmentFields)
    {
        ArgumentNullException.ThrowIfNull(parties);
        ArgumentNullException.ThrowIfNull(departmentFields);
        return MayReadCounty(caller, parties.County)
            || IsTheTrainee(caller, parties)
            || (caller.IsInRole(WorkflowRoles.CompetentDepartment) && departmentFields.Contains(parties.FieldCode));
    }

    /// <summary>R14.2: the 考核登记表 is kept by the original unit, the receiving unit, the county and the city; the trainee fills it (R14.1).</summary>
    public static bool MayReadAssessmentForm(Caller caller, DocumentParties parties)
    {
        ArgumentNullException.ThrowIfNull(parties);
        return MayReadCounty(caller, parties.County)
            || IsTheTrainee(caller, parties)
            || (parties.ReceivingUnit is { } unit && IsOfReceivingUnit(caller, unit))
            || (parties.OriginalUnit is { } original && caller.Holds(WorkflowRoles.OriginalUnit, original));
    }

    /// <summary>
    /// R6.4: the final list goes to dispatching and receiving units: the city and administrators read all of it, a
    /// county its own trainees, a receiving unit its own, a competent department those of its field (R6.3). Null: none.
    /// </summary>
    public static Func<DocumentParties, bool>? FinalListLines(Caller caller, IReadOnlyCollection<string> departmentFields)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(departmentFields);
        if (caller.IsAdministrator || caller.IsInRole(WorkflowRoles.MunicipalOrganization))
            return _ => true;
        if (caller.IsInRole(WorkflowRoles.CountyOrganization) && caller.Scope is { } county)
            return p => p.County == county;
        if (IsReceivingUnitOfficial(caller) && caller.Scope is { } unit)
            return p => p.ReceivingUnit == unit;
        if (caller.IsInRole(WorkflowRoles.CompetentDepartment))
            return p => departmentFields.Contains(p.FieldCode);
        return null;
    }

    /// <summary>
    /// R11.1: the funding ledger: the city, administrators and the finance bureau (which funds the plan) read every
    /// line; a receiving unit only the lines paid to it. Null: none.
    /// </summary>
    public static Func<string, bool>? FundingLedgerLines(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.IsAdministrator || caller.IsInRole(WorkflowRoles.MunicipalOrganization)
            || caller.Holds(WorkflowRoles.CompetentDepartment, CompetentDepartment.Finance.Name))
            return _ => true;
        if (IsReceivingUnitOfficial(caller) && caller.Scope is { } unit)
            return receivingUnit => receivingUnit == unit;
        return null;
    }

    private static bool IsTheTrainee(Caller caller, DocumentParties parties) =>
        caller.IsInRole(WorkflowRoles.Trainee) && parties.TraineeUserName is { } trainee && trainee == caller.UserName;

    private static bool IsReceivingUnitOfficial(Caller caller) =>
        caller.IsInRole(WorkflowRoles.ReceivingUnit) || caller.IsInRole(WorkflowRoles.ReceivingUnitHr);

    private static bool IsOfReceivingUnit(Caller caller, string unit) =>
        caller.Holds(WorkflowRoles.ReceivingUnit, unit) || caller.Holds(WorkflowRoles.ReceivingUnitHr, unit);
}
