using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.Plan;
using WorkflowTalent.Server.Identity;

namespace WorkflowTalent.Server.Applications;

/// <summary>
/// Whose applications a caller sees: the Municipal Organisation Department and administrators all (R2.1); a county
/// Organisation Department its county's (R4.1); a competent department those of its field (R2.1); a receiving unit
/// (and its HR office) the trainees placed with it; an original unit its own staff; a trainee only their own. The
/// rest see none, and an application they may not see answers 404 like one that does not exist.
/// </summary>
internal static class ApplicationVisibility
{
    public static IQueryable<ApplicationRecord> Visible(WorkflowDbContext db, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(caller);
        var applications = db.PlanApplications.AsNoTracking();
        if (caller.IsAdministrator || caller.IsInRole(WorkflowRoles.MunicipalOrganization))
            return applications;

        var scope = caller.Scope ?? "";
        var me = caller.UserName;
        var isCounty = caller.IsInRole(WorkflowRoles.CountyOrganization) && scope.Length > 0;
        var isDepartment = caller.IsInRole(WorkflowRoles.CompetentDepartment) && scope.Length > 0;
        var isUnit = (caller.IsInRole(WorkflowRoles.ReceivingUnit) || caller.IsInRole(WorkflowRoles.ReceivingUnitHr)) && scope.Length > 0;
        var isOriginalUnit = caller.IsInRole(WorkflowRoles.OriginalUnit) && scope.Length > 0;
        var isTrainee = caller.IsInRole(WorkflowRoles.Trainee);

        var counties = db.PlanCounties.Where(c => c.Name == scope).Select(c => c.Id);
        var fields = db.PlanCompetentDepartments.Where(d => d.Name == scope && d.FieldCode != null).Select(d => d.FieldCode!);
        var units = db.PlanReceivingUnits.Where(u => u.Name == scope).Select(u => (int?)u.Id);
        var originals = db.PlanOriginalUnits.Where(o => o.Name == scope).Select(o => (int?)o.Id);
        return applications.Where(a =>
            (isCounty && counties.Contains(a.CountyId))
            || (isDepartment && fields.Contains(a.FieldCode))
            || (isUnit && a.ReceivingUnitId != null && units.Contains(a.ReceivingUnitId))
            || (isOriginalUnit && a.OriginalUnitId != null && originals.Contains(a.OriginalUnitId))
            || (isTrainee && a.TraineeUserName == me));
    }
}
