using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowTalent.Persistence.Plan;

internal sealed class QuotaAllocationRecordConfiguration : IEntityTypeConfiguration<QuotaAllocationRecord>
{
    public void Configure(EntityTypeBuilder<QuotaAllocationRecord> builder)
    {
        builder.ToTable("PlanQuotaAllocations");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.CreatedBy).HasMaxLength(Lengths.Name);
        // Two administrators computing at once collide here instead of both writing the same version.
        builder.HasIndex(a => new { a.BatchYear, a.Version }).IsUnique();
        builder.HasOne<BatchRecord>().WithMany().HasForeignKey(a => a.BatchYear).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Lines).WithOne().HasForeignKey(l => l.AllocationId).OnDelete(DeleteBehavior.Cascade);
    }
}
