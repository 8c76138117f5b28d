using ClosedXML.Excel;
using WorkflowTalent.Documents.Layout;
using WorkflowTalent.Documents.Localization;
using L = WorkflowTalent.Documents.ReferenceData.ReferenceDataLayout;

namespace WorkflowTalent.Documents.ReferenceData;

/// <summary>
/// Reads the reference-data workbook <see cref="ReferenceDataExport"/> writes (Chinese or English sheet names and
/// headers). Every problem is reported with its sheet, row and column, including a township, department or mentor
/// that names a county, unit or department the file does not hold; no data is returned while any remains.
/// </summary>
public static class ReferenceDataImport
{
    public static ReferenceDataImportResult FromXlsx(Stream xlsx)
    {
        ArgumentNullException.ThrowIfNull(xlsx);
        var (outcome, workbook) = WorkbookFile.Open(xlsx);
        if (outcome == WorkbookFile.Outcome.Empty)
        {
            return ReferenceDataImportResult.Failed([ReferenceDataMessages.EmptyFile()]);
        }

        if (workbook is null)
        {
            return ReferenceDataImportResult.Failed([ReferenceDataMessages.NotAnXlsxFile()]);
        }

        using (workbook)
        {
            return Read(workbook);
        }
    }

    private static ReferenceDataImportResult Read(XLWorkbook workbook)
    {
        var errors = new List<ReferenceDataError>();
        var reader = new ReferenceSheetReader(workbook, errors);
        var counties = reader.Read(ReferenceSheet.Counties, cells =>
        {
            var name = cells.Value(L.Name);
            var ethnic = cells.YesNo(L.EthnicAutonomous);
            return name is null || ethnic is null ? null : new ReferenceCounty(name, ethnic.Value);
        });
        var townships = reader.Read(ReferenceSheet.Townships, cells =>
        {
            var county = cells.Value(L.County);
            var name = cells.Value(L.Name);
            var remote = cells.YesNo(L.Remote);
            return county is null || name is null || remote is null ? null : new ReferenceTownship(county, name, remote.Value);
        });
        var units = reader.Read(ReferenceSheet.ReceivingUnits, cells =>
        {
            var name = cells.Value(L.Name);
            var field = cells.Field(L.Field);
            var department = cells.Value(L.CompetentDepartment);
            return name is null || field is null || department is null ? null : new ReferenceReceivingUnit(name, field.Value, department);
        });
        var departments = reader.Read(ReferenceSheet.Departments, cells =>
        {
            var unit = cells.Value(L.ReceivingUnit);
            var name = cells.Value(L.Department);
            return unit is null || name is null ? null : new ReferenceDepartment(unit, name);
        });
        var mentors = reader.Read(ReferenceSheet.Mentors, cells =>
        {
            var unit = cells.Value(L.ReceivingUnit);
            var department = cells.Value(L.Department);
            var name = cells.Value(L.MentorName);
            var title = cells.Value(L.Title);
            return unit is null || department is null || name is null || title is null ? null : new ReferenceMentor(unit, department, name, title);
        });

        Unique(counties, ReferenceSheet.Counties, L.Name, c => c.Name, c => c.Name, errors);
        Unique(townships, ReferenceSheet.Townships, L.Name, t => (t.County, t.Name), t => t.Name, errors);
        Unique(units, ReferenceSheet.ReceivingUnits, L.Name, u => u.Name, u => u.Name, errors);
        Unique(departments, ReferenceSheet.Departments, L.Department, d => (d.ReceivingUnit, d.Name), d => d.Name, errors);
        Unique(mentors, ReferenceSheet.Mentors, L.MentorName, m => (m.ReceivingUnit, m.Department, m.Name), m => m.Name, errors);

        // Rows refer to each other by name within the file: the file is the whole reference data as exported.
        var countyNames = reader.Keys(ReferenceSheet.Counties, L.Name);
        var unitNames = reader.Keys(ReferenceSheet.ReceivingUnits, L.Name);
        var departmentKeys = reader.Keys(ReferenceSheet.Departments, L.ReceivingUnit, L.Department);
        var townshipSheet = L.SheetName(ReferenceSheet.Townships);
        foreach (var (township, row) in townships.Where(t => countyNames?.Contains(t.Value.County) == false))
        {
            errors.Add(ReferenceDataMessages.UnknownReference(townshipSheet, row, L.County, township.County, L.SheetName(ReferenceSheet.Counties)));
        }

        var departmentSheet = L.SheetName(ReferenceSheet.Departments);
        foreach (var (department, row) in departments.Where(d => unitNames?.Contains(d.Value.ReceivingUnit) == false))
        {
            errors.Add(ReferenceDataMessages.UnknownReference(departmentSheet, row, L.ReceivingUnit, department.ReceivingUnit, L.SheetName(ReferenceSheet.ReceivingUnits)));
        }

        var mentorSheet = L.SheetName(ReferenceSheet.Mentors);
        foreach (var (mentor, row) in mentors)
        {
            if (unitNames?.Contains(mentor.ReceivingUnit) == false)
            {
                errors.Add(ReferenceDataMessages.UnknownReference(mentorSheet, row, L.ReceivingUnit, mentor.ReceivingUnit, L.SheetName(ReferenceSheet.ReceivingUnits)));
            }
            else if (departmentKeys?.Contains(ReferenceSheetReader.Key(mentor.ReceivingUnit, mentor.Department)) == false)
            {
                errors.Add(ReferenceDataMessages.UnknownReference(mentorSheet, row, L.Department, mentor.Department, departmentSheet));
            }
        }

        if (errors.Count > 0)
        {
            return ReferenceDataImportResult.Failed(errors);
        }

        var data = new ReferenceDataSet(
            [.. counties.Select(c => c.Value)], [.. townships.Select(t => t.Value)], [.. units.Select(u => u.Value)],
            [.. departments.Select(d => d.Value)], [.. mentors.Select(m => m.Value)]);
        return ReferenceDataImportResult.Of(data, counties.ToDictionary(c => c.Value, c => c.Row), units.ToDictionary(u => u.Value, u => u.Row));
    }

    /// <summary>Adds an error for each row whose key an earlier row has.</summary>
    private static void Unique<T, TKey>(
        List<(T Value, int Row)> rows, ReferenceSheet sheet, Text column, Func<T, TKey> key, Func<T, string> shown, List<ReferenceDataError> errors)
        where TKey : notnull
    {
        var first = new Dictionary<TKey, int>();
        foreach (var (value, row) in rows)
        {
            if (!first.TryAdd(key(value), row))
            {
                errors.Add(ReferenceDataMessages.Duplicate(L.SheetName(sheet), row, column, shown(value), first[key(value)]));
            }
        }
    }
}
