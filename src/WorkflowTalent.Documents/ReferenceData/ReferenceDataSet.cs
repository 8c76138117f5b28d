using WorkflowTalent.Documents.Terms;

namespace WorkflowTalent.Documents.ReferenceData;

/// <summary>
/// The plan's reference data as the workbook holds it, one list per sheet: what the export writes and the import
/// returns. Rows refer to each other by name (a township names its county, a mentor its unit and department).
/// </summary>
public sealed record ReferenceDataSet(
    IReadOnlyList<ReferenceCounty> Counties,
    IReadOnlyList<ReferenceTownship> Townships,
    IReadOnlyList<ReferenceReceivingUnit> ReceivingUnits,
    IReadOnlyList<ReferenceDepartment> Departments,
    IReadOnlyList<ReferenceMentor> Mentors);

/// <summary>A county-level division; the ethnic flag tilts the quota (R3.4).</summary>
public sealed record ReferenceCounty(string Name, bool IsEthnicAutonomous);

/// <summary>A township (street) of a county; remote ones tilt the quota (R3.4) and relax the age limit (R5.1).</summary>
public sealed record ReferenceTownship(string County, string Name, bool IsRemote);

/// <summary>A municipal receiving unit with its field and competent department (R2.1, R4.1).</summary>
public sealed record ReferenceReceivingUnit(string Name, ProfessionalField Field, string CompetentDepartment);

/// <summary>A department (科室) of a receiving unit (R6.3).</summary>
public sealed record ReferenceDepartment(string ReceivingUnit, string Name);

/// <summary>A mentor (导师) of a receiving unit's department (R6.3, R9.1), with the professional title.</summary>
public sealed record ReferenceMentor(string ReceivingUnit, string Department, string Name, string Title);
