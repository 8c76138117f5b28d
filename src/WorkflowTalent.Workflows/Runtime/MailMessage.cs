namespace WorkflowTalent.Workflows.Runtime;

/// <summary>An e-mail an instance sends (Elsa.SendEmail); the host's outbox delivers it.</summary>
public sealed record MailMessage(
    string Id,
    string InstanceId,
    string? From,
    IReadOnlyList<string> To,
    IReadOnlyList<string> Cc,
    string Subject,
    string Body);
