using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.Plan;
using WorkflowTalent.Plan.ReferenceData;

namespace WorkflowTalent.Server.Plan;

/// <summary>Reads the reference data: as the plan's domain types for computing, and as views for officials.</summary>
internal sealed class PlanReference(WorkflowDbContext db)
{
    /// <summary>The counties in their listed order, which also breaks quota ties (R3.4).</summary>
    public async Task<IReadOnlyList<County>> CountiesAsync(CancellationToken cancellationToken) =>
        [.. (await CountyRowsAsync(cancellationToken)).Select(ToCounty)];

    public async Task<ReferenceView> ViewAsync(CancellationToken cancellationToken)
    {
        var counties = await CountyRowsAsync(cancellationToken);
        var fields = await db.PlanFields.AsNoTracking().Include(f => f.CompetentDepartments)
            .OrderBy(f => f.Position).ToListAsync(cancellationToken);
        var units = await db.PlanReceivingUnits.AsNoTracking()
            .Include(u => u.CompetentDepartment)
            .Include(u => u.Departments).ThenInclude(d => d.Mentors)
            .OrderBy(u => u.FieldCode).ThenBy(u => u.Id)
            .ToListAsync(cancellationToken);
        return new ReferenceView(
            [.. counties.Select(ToView)],
            [.. fields.Select(f => new FieldView(f.Code, f.NameZh, f.NameEn,
                [.. f.CompetentDepartments.OrderBy(d => d.Position).Select(d => new CompetentDepartmentView(d.Name, d.EnglishName))]))],
            [.. units.Select(ToView)]);
    }

    public static County ToCounty(CountyRecord county) =>
        new(county.Name, county.EnglishName, county.IsEthnicAutonomous,
            [.. county.Townships.OrderBy(t => t.Position).ThenBy(t => t.Id).Select(t => new Township(t.Name, t.IsRemote))]);

    public static CountyView ToView(CountyRecord county)
    {
        var domain = ToCounty(county);
        return new CountyView(domain.Name, domain.EnglishName, domain.IsEthnicAutonomous, domain.RemoteTownshipCount,
            [.. domain.Townships.Select(t => new TownshipView(t.Name, t.IsRemote))]);
    }

    public static ReceivingUnitView ToView(ReceivingUnitRecord unit) =>
        new(unit.Name, unit.FieldCode, unit.CompetentDepartment?.Name ?? "",
            [.. unit.Departments.OrderBy(d => d.Position).ThenBy(d => d.Id).Select(d => new UnitDepartmentView(d.Name,
                [.. d.Mentors.OrderBy(m => m.Position).ThenBy(m => m.Id).Select(m => new MentorView(m.Name, m.Title))]))]);

    private Task<List<CountyRecord>> CountyRowsAsync(CancellationToken cancellationToken) =>
        db.PlanCounties.AsNoTracking().Include(c => c.Townships).OrderBy(c => c.Position).ThenBy(c => c.Id).ToListAsync(cancellationToken);
}
