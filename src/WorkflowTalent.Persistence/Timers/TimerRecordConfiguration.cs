using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowTalent.Persistence.Timers;

internal sealed class TimerRecordConfiguration : IEntityTypeConfiguration<TimerRecord>
{
    public void Configure(EntityTypeBuilder<TimerRecord> builder)
    {
        builder.ToTable("Timers");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).HasMaxLength(Lengths.Id);
        builder.Property(t => t.InstanceId).HasMaxLength(Lengths.Id);
        // The sweep: pending timers due by now, in due order.
        builder.HasIndex(t => new { t.State, t.Due });
        builder.HasIndex(t => t.InstanceId);
    }
}
