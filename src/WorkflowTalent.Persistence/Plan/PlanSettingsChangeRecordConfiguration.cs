using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowTalent.Persistence.Plan;

internal sealed class PlanSettingsChangeRecordConfiguration : IEntityTypeConfiguration<PlanSettingsChangeRecord>
{
    public void Configure(EntityTypeBuilder<PlanSettingsChangeRecord> builder)
    {
        builder.ToTable("PlanSettingsHistory");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.ChangedBy).HasMaxLength(Lengths.Name);
        builder.HasIndex(c => c.Revision).IsUnique();
    }
}
