using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowTalent.Persistence.Plan;

internal sealed class PlanSettingsRecordConfiguration : IEntityTypeConfiguration<PlanSettingsRecord>
{
    public void Configure(EntityTypeBuilder<PlanSettingsRecord> builder)
    {
        builder.ToTable("PlanSettings");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.UpdatedBy).HasMaxLength(Lengths.Name);
        builder.Property(s => s.Revision).IsConcurrencyToken();
    }
}
