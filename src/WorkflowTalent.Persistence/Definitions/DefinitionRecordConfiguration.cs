using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowTalent.Persistence.Definitions;

internal sealed class DefinitionRecordConfiguration : IEntityTypeConfiguration<DefinitionRecord>
{
    public void Configure(EntityTypeBuilder<DefinitionRecord> builder)
    {
        builder.ToTable("Definitions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).HasMaxLength(Lengths.Id);
        builder.Property(d => d.DefinitionId).HasMaxLength(Lengths.Name);
        builder.Property(d => d.Name).HasMaxLength(Lengths.Text);
        builder.Property(d => d.ChangedBy).HasMaxLength(Lengths.Name);
        builder.HasIndex(d => new { d.DefinitionId, d.Version }).IsUnique();
    }
}
