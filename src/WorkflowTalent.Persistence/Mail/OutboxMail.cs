namespace WorkflowTalent.Persistence.Mail;

/// <summary>An e-mail written in the step's transaction, sent after it commits.</summary>
public sealed class OutboxMail
{
    /// <summary>The engine's <c>MailMessage.Id</c>: stable, so a resend after a crash is recognisable.</summary>
    public required string Id { get; set; }
    public required string InstanceId { get; set; }
    public string? From { get; set; }

    /// <summary>Addresses as an RFC 5322 address list ("a@x.cn, b@y.cn").</summary>
    public required string To { get; set; }
    public string? Cc { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public OutboxMailStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset? NextAttemptAt { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
}
