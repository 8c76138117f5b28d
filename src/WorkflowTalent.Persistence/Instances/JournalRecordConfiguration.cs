using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowTalent.Persistence.Instances;

internal sealed class JournalRecordConfiguration : IEntityTypeConfiguration<JournalRecord>
{
    public void Configure(EntityTypeBuilder<JournalRecord> builder)
    {
        builder.ToTable("Journal");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.InstanceId).HasMaxLength(Lengths.Id);
        builder.Property(j => j.Activity).HasMaxLength(Lengths.Name);
        builder.Property(j => j.Type).HasMaxLength(Lengths.Name);
        builder.Property(j => j.Event).HasMaxLength(Lengths.Name);
        // Unique: two steps appending to the same instance cannot both write sequence n.
        builder.HasIndex(j => new { j.InstanceId, j.Sequence }).IsUnique();
    }
}
