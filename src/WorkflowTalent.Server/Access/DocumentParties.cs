namespace WorkflowTalent.Server.Access;

/// <summary>
/// Who an application's documents concern: its county (dispatching unit), the trainee's account, the field, the
/// original work unit and, once placed (R6.3), the receiving unit. Names are the scopes officials hold.
/// </summary>
public sealed record DocumentParties(string County, string? TraineeUserName, string FieldCode, string? OriginalUnit, string? ReceivingUnit);
