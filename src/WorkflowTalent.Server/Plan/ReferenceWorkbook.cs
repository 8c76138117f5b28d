using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Documents.ReferenceData;
using WorkflowTalent.Persistence;
using WorkflowTalent.Server.Documents;

namespace WorkflowTalent.Server.Plan;

/// <summary>The stored reference data as the workbook's rows, in the order <c>/api/plan/reference</c> lists them.</summary>
internal static class ReferenceWorkbook
{
    public static async Task<ReferenceDataSet> ReadAsync(WorkflowDbContext db, CancellationToken cancellationToken)
    {
        var counties = await db.PlanCounties.AsNoTracking().Include(c => c.Townships)
            .OrderBy(c => c.Position).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        var units = await db.PlanReceivingUnits.AsNoTracking()
            .Include(u => u.CompetentDepartment)
            .Include(u => u.Departments).ThenInclude(d => d.Mentors)
            .OrderBy(u => u.FieldCode).ThenBy(u => u.Id)
            .ToListAsync(cancellationToken);
        var departments = units.SelectMany(u => u.Departments.OrderBy(d => d.Position).ThenBy(d => d.Id).Select(d => (Unit: u.Name, Department: d))).ToList();
        return new ReferenceDataSet(
            [.. counties.Select(c => new ReferenceCounty(c.Name, c.IsEthnicAutonomous))],
            [.. counties.SelectMany(c => c.Townships.OrderBy(t => t.Position).ThenBy(t => t.Id).Select(t => new ReferenceTownship(c.Name, t.Name, t.IsRemote)))],
            [.. units.Select(u => new ReferenceReceivingUnit(u.Name, DocumentTerms.ToDocument(u.FieldCode), u.CompetentDepartment?.Name ?? ""))],
            [.. departments.Select(d => new ReferenceDepartment(d.Unit, d.Department.Name))],
            [.. departments.SelectMany(d => d.Department.Mentors.OrderBy(m => m.Position).ThenBy(m => m.Id)
                .Select(m => new ReferenceMentor(d.Unit, d.Department.Name, m.Name, m.Title)))]);
    }
}
