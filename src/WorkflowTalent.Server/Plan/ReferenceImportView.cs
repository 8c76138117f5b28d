namespace WorkflowTalent.Server.Plan;

/// <summary>What an imported reference-data workbook changed: rows added and rows updated, per kind. Nothing is removed.</summary>
public sealed record ReferenceImportView(ReferenceImportCounts Added, ReferenceImportCounts Updated);

public sealed record ReferenceImportCounts(int Counties, int Townships, int ReceivingUnits, int Departments, int Mentors);
