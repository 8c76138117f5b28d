namespace WorkflowTalent.Documents.FormParts;

/// <summary>One reviewer's opinion box on a form: what was written, who signed, when.</summary>
public sealed record Opinion(string? Text, string? Signatory = null, DateOnly? SignedOn = null);
