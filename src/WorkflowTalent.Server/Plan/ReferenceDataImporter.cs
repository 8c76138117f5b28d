using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Documents.ReferenceData;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.Plan;
using WorkflowTalent.Server.Documents;

namespace WorkflowTalent.Server.Plan;

/// <summary>
/// Applies a parsed reference-data workbook in one transaction: checked against the database first (every problem at
/// its sheet, row and column), then added and updated. It never deletes: a township, unit, department or mentor the
/// file leaves out stays, so applications, original units and placements keep what they point to (R6.3).
/// </summary>
internal static class ReferenceDataImporter
{
    public static async Task<(ReferenceImportView? Changes, IReadOnlyList<ReferenceDataError> Errors)> ApplyAsync(
        WorkflowDbContext db, ReferenceDataImportResult parsed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var data = parsed.Data ?? throw new ArgumentException("Only a parsed workbook without errors is applied.", nameof(parsed));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var counties = await db.PlanCounties.Include(c => c.Townships).ToListAsync(cancellationToken);
        var units = await db.PlanReceivingUnits.Include(u => u.Departments).ThenInclude(d => d.Mentors).ToListAsync(cancellationToken);
        var departments = await db.PlanCompetentDepartments.ToListAsync(cancellationToken);

        var errors = Check(data, parsed, counties, departments);
        if (errors.Count > 0)
            return (null, errors);

        foreach (var county in data.Counties)
            counties.Single(c => c.Name == county.Name).IsEthnicAutonomous = county.IsEthnicAutonomous;
        foreach (var group in data.Townships.GroupBy(t => t.County))
        {
            var county = counties.Single(c => c.Name == group.Key);
            foreach (var (township, position) in group.Select((t, i) => (t, i)))
            {
                var record = county.Townships.Find(t => t.Name == township.Name);
                if (record is null)
                    county.Townships.Add(record = new TownshipRecord { Name = township.Name });
                record.IsRemote = township.IsRemote;
                record.Position = position;
            }
        }

        foreach (var unit in data.ReceivingUnits)
        {
            var record = units.Find(u => u.Name == unit.Name);
            if (record is null)
                units.Add(record = db.PlanReceivingUnits.Add(new ReceivingUnitRecord { Name = unit.Name, FieldCode = "" }).Entity);
            record.FieldCode = DocumentTerms.ToPlan(unit.Field).Code;
            record.CompetentDepartment = departments.Single(d => d.Name == unit.CompetentDepartment);
        }

        foreach (var group in data.Departments.GroupBy(d => d.ReceivingUnit))
        {
            var unit = units.Single(u => u.Name == group.Key);
            foreach (var (department, position) in group.Select((d, i) => (d, i)))
            {
                var record = unit.Departments.Find(d => d.Name == department.Name);
                if (record is null)
                    unit.Departments.Add(record = new UnitDepartmentRecord { Name = department.Name });
                record.Position = position;
            }
        }

        foreach (var group in data.Mentors.GroupBy(m => (m.ReceivingUnit, m.Department)))
        {
            var department = units.Single(u => u.Name == group.Key.ReceivingUnit).Departments.Single(d => d.Name == group.Key.Department);
            foreach (var (mentor, position) in group.Select((m, i) => (m, i)))
            {
                var record = department.Mentors.Find(m => m.Name == mentor.Name);
                if (record is null)
                    department.Mentors.Add(record = new MentorRecord { Name = mentor.Name, Title = mentor.Title });
                record.Title = mentor.Title;
                record.Position = position;
            }
        }

        db.ChangeTracker.DetectChanges();
        var changes = new ReferenceImportView(Count(db, EntityState.Added), Count(db, EntityState.Modified));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (changes, []);
    }

    private static List<ReferenceDataError> Check(
        ReferenceDataSet data, ReferenceDataImportResult parsed, List<CountyRecord> counties, List<CompetentDepartmentRecord> departments)
    {
        var errors = new List<ReferenceDataError>();
        // The nine counties are the plan's dispatching units (R4.1), seeded with their English names; a file adds none.
        foreach (var county in data.Counties.Where(c => !counties.Exists(r => r.Name == c.Name)))
            errors.Add(ReferenceDataError.Cell(ReferenceSheet.Counties, parsed.RowOf(county), "名称",
                $"'{county.Name}' 不是计划中的县（市、区），导入不新增县区（R4.1）",
                $"'{county.Name}' is not one of the plan's counties; the import adds none (R4.1)"));

        foreach (var unit in data.ReceivingUnits)
        {
            var field = DocumentTerms.ToPlan(unit.Field);
            var department = departments.Find(d => d.Name == unit.CompetentDepartment);
            if (department is null)
                errors.Add(ReferenceDataError.Cell(ReferenceSheet.ReceivingUnits, parsed.RowOf(unit), "主管部门",
                    $"'{unit.CompetentDepartment}' 不是市级主管部门（{string.Join("、", departments.Select(d => d.Name))}）（R2.1）",
                    $"'{unit.CompetentDepartment}' is not a municipal competent department (R2.1)"));
            else if (department.FieldCode != field.Code)
                // R2.1: a receiving unit is found by the competent department of its own field.
                errors.Add(ReferenceDataError.Cell(ReferenceSheet.ReceivingUnits, parsed.RowOf(unit), "主管部门",
                    $"{department.Name}不是{field.NameZh}领域的主管部门（R2.1）",
                    $"{department.Name} is not a competent department of {field.NameEn.ToLowerInvariant()} (R2.1)"));
        }

        return errors;
    }

    private static ReferenceImportCounts Count(WorkflowDbContext db, EntityState state)
    {
        var entries = db.ChangeTracker.Entries().Where(e => e.State == state).Select(e => e.Entity).ToList();
        return new ReferenceImportCounts(
            entries.OfType<CountyRecord>().Count(),
            entries.OfType<TownshipRecord>().Count(),
            entries.OfType<ReceivingUnitRecord>().Count(),
            entries.OfType<UnitDepartmentRecord>().Count(),
            entries.OfType<MentorRecord>().Count());
    }
}
