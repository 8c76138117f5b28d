using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowTalent.Persistence.Mail;

internal sealed class OutboxMailConfiguration : IEntityTypeConfiguration<OutboxMail>
{
    public void Configure(EntityTypeBuilder<OutboxMail> builder)
    {
        builder.ToTable("OutboxMails");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).HasMaxLength(Lengths.Id);
        builder.Property(m => m.InstanceId).HasMaxLength(Lengths.Id);
        builder.Property(m => m.From).HasMaxLength(Lengths.Text);
        builder.Property(m => m.Subject).HasMaxLength(Lengths.Text);
        // The sender job: pending mails whose next attempt is due.
        builder.HasIndex(m => new { m.Status, m.NextAttemptAt });
        builder.HasIndex(m => m.InstanceId);
    }
}
