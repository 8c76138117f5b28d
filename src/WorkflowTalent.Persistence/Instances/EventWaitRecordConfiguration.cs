using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowTalent.Persistence.Instances;

internal sealed class EventWaitRecordConfiguration : IEntityTypeConfiguration<EventWaitRecord>
{
    public void Configure(EntityTypeBuilder<EventWaitRecord> builder)
    {
        builder.ToTable("EventWaits");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).HasMaxLength(Lengths.Id);
        builder.Property(w => w.InstanceId).HasMaxLength(Lengths.Id);
        builder.Property(w => w.EventName).HasMaxLength(Lengths.Name);
        builder.Property(w => w.CorrelationId).HasMaxLength(Lengths.Name);
        builder.HasIndex(w => new { w.EventName, w.CorrelationId });
        builder.HasIndex(w => w.InstanceId);
    }
}
