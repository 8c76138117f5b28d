using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowTalent.Persistence.Instances;

internal sealed class InstanceRecordConfiguration : IEntityTypeConfiguration<InstanceRecord>
{
    public void Configure(EntityTypeBuilder<InstanceRecord> builder)
    {
        builder.ToTable("Instances");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).HasMaxLength(Lengths.Id);
        builder.Property(i => i.DefinitionId).HasMaxLength(Lengths.Name);
        builder.Property(i => i.CorrelationId).HasMaxLength(Lengths.Name);
        builder.Property(i => i.Name).HasMaxLength(Lengths.Text);
        builder.Property(i => i.ParentInstanceId).HasMaxLength(Lengths.Id);
        builder.Property(i => i.StartedBy).HasMaxLength(Lengths.Name);
        builder.Property(i => i.Revision).IsConcurrencyToken();
        builder.HasIndex(i => new { i.DefinitionId, i.DefinitionVersion, i.Status });
        builder.HasIndex(i => i.CorrelationId);
        builder.HasIndex(i => i.ParentInstanceId);
        builder.HasIndex(i => i.StartedBy);
    }
}
