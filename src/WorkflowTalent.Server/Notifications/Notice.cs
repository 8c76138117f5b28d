namespace WorkflowTalent.Server.Notifications;

/// <summary>
/// A mail the workflows wrote to the caller, as their notices list shows it: the subject, the body as plain text, when
/// it was written and when it went out (null while it waits in the outbox).
/// </summary>
public sealed record Notice(string Id, string Subject, string BodyText, string Status, DateTimeOffset CreatedAt, DateTimeOffset? SentAt);
