using MailKit.Security;

namespace WorkflowTalent.Mail;

/// <summary>Where and how the outbox is delivered; with no <see cref="SmtpHost"/>, mails go to <see cref="PickupDirectory"/>.</summary>
public sealed class MailOptions
{
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 25;
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTlsWhenAvailable;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string FromAddress { get; set; } = "noreply@workflowtalent.local";
    public string FromDisplayName { get; set; } = "玉溪市基层人才对口培养计划";

    /// <summary>The embedded default: a folder of .eml files an administrator can open, so nothing needs installing.</summary>
    public string PickupDirectory { get; set; } = Path.Combine("data", "mail-pickup");

    /// <summary>Failed attempts after which a mail is Failed and waits for an administrator's resend.</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>Wait after the n-th failed attempt; the last entry repeats for later attempts.</summary>
    public IList<TimeSpan> BackOff { get; } =
    [
        TimeSpan.FromMinutes(1),
        TimeSpan.FromMinutes(5),
        TimeSpan.FromMinutes(30),
        TimeSpan.FromHours(2),
        TimeSpan.FromHours(12),
    ];

    internal TimeSpan BackOffAfter(int attempts) =>
        BackOff.Count == 0 ? TimeSpan.Zero : BackOff[Math.Clamp(attempts - 1, 0, BackOff.Count - 1)];
}
