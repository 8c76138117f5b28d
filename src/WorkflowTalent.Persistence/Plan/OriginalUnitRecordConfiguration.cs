using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowTalent.Persistence.Plan;

internal sealed class OriginalUnitRecordConfiguration : IEntityTypeConfiguration<OriginalUnitRecord>
{
    public void Configure(EntityTypeBuilder<OriginalUnitRecord> builder)
    {
        builder.ToTable("PlanOriginalUnits");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Name).HasMaxLength(Lengths.Name);
        builder.HasIndex(u => new { u.CountyId, u.Name }).IsUnique();
        // Restrict, not cascade: SQL Server refuses two cascade paths from a county (directly and through a township).
        builder.HasOne<CountyRecord>().WithMany().HasForeignKey(u => u.CountyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TownshipRecord>().WithMany().HasForeignKey(u => u.TownshipId).OnDelete(DeleteBehavior.Restrict);
    }
}
