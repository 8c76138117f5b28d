using WorkflowTalent.Plan.Settings;

namespace WorkflowTalent.Server.Plan;

/// <summary>The settings in force, or one saved version of them, with who saved it and when.</summary>
public sealed record PlanSettingsView(PlanSettings Settings, int Revision, DateTimeOffset UpdatedAt, string UpdatedBy);
