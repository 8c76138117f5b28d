namespace WorkflowTalent.Documents.ReferenceData;

/// <summary>The reference-data workbook's sheets, in the order it holds them.</summary>
public enum ReferenceSheet
{
    Counties,
    Townships,
    ReceivingUnits,
    Departments,
    Mentors,
}
