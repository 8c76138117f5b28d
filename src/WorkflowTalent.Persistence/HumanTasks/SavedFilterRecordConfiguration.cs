using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowTalent.Persistence.HumanTasks;

internal sealed class SavedFilterRecordConfiguration : IEntityTypeConfiguration<SavedFilterRecord>
{
    public void Configure(EntityTypeBuilder<SavedFilterRecord> builder)
    {
        builder.ToTable("SavedFilters");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).HasMaxLength(Lengths.Id);
        builder.Property(f => f.Name).HasMaxLength(Lengths.Text);
        builder.Property(f => f.Owner).HasMaxLength(Lengths.Name);
        builder.Property(f => f.Role).HasMaxLength(Lengths.Name);
        builder.Property(f => f.Scope).HasMaxLength(Lengths.Name);
        builder.HasIndex(f => f.Owner);
        builder.HasIndex(f => new { f.Role, f.Scope, f.Shared });
    }
}
