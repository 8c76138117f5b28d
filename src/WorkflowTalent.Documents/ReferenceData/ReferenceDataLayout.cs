using WorkflowTalent.Documents.Localization;

namespace WorkflowTalent.Documents.ReferenceData;

/// <summary>The reference-data workbook's layout, shared by the export and the import: a header row, then one row per item.</summary>
internal static class ReferenceDataLayout
{
    public const int HeaderRow = 1;
    public const int FirstDataRow = 2;

    /// <summary>Names, departments and titles fit the database's name columns.</summary>
    public const int MaxLength = 200;

    public static readonly Text Name = new("名称", "Name");
    public static readonly Text EthnicAutonomous = new("民族自治县", "Ethnic autonomous");
    public static readonly Text County = new("县区", "County");
    public static readonly Text Remote = new("边远", "Remote");
    public static readonly Text Field = new("专业领域", "Field");
    public static readonly Text CompetentDepartment = new("主管部门", "Competent department");
    public static readonly Text ReceivingUnit = new("接收单位", "Receiving unit");
    public static readonly Text Department = new("科室", "Department");
    public static readonly Text MentorName = new("姓名", "Name");
    public static readonly Text Title = new("职称", "Title");

    public static readonly IReadOnlyList<(ReferenceSheet Sheet, Text Name, IReadOnlyList<(Text Header, double Width)> Columns)> Sheets =
    [
        (ReferenceSheet.Counties, new("县区", "Counties"), [(Name, 30), (EthnicAutonomous, 14)]),
        (ReferenceSheet.Townships, new("乡镇", "Townships"), [(County, 30), (Name, 24), (Remote, 10)]),
        (ReferenceSheet.ReceivingUnits, new("接收单位", "Receiving units"), [(Name, 32), (Field, 16), (CompetentDepartment, 22)]),
        (ReferenceSheet.Departments, new("科室", "Departments"), [(ReceivingUnit, 32), (Department, 20)]),
        (ReferenceSheet.Mentors, new("导师", "Mentors"), [(ReceivingUnit, 32), (Department, 20), (MentorName, 12), (Title, 16)]),
    ];

    public static Text SheetName(ReferenceSheet sheet) => Sheets.Single(s => s.Sheet == sheet).Name;

    public static IReadOnlyList<Text> Headers(ReferenceSheet sheet) => [.. Sheets.Single(s => s.Sheet == sheet).Columns.Select(c => c.Header)];
}
