using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowTalent.Persistence.Plan;

internal sealed class TownshipRecordConfiguration : IEntityTypeConfiguration<TownshipRecord>
{
    public void Configure(EntityTypeBuilder<TownshipRecord> builder)
    {
        builder.ToTable("PlanTownships");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Name).HasMaxLength(Lengths.Name);
        builder.HasIndex(t => new { t.CountyId, t.Name }).IsUnique();
    }
}
