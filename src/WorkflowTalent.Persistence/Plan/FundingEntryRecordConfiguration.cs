using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowTalent.Persistence.Plan;

internal sealed class FundingEntryRecordConfiguration : IEntityTypeConfiguration<FundingEntryRecord>
{
    public void Configure(EntityTypeBuilder<FundingEntryRecord> builder)
    {
        builder.ToTable("PlanFundingEntries");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.ApplicationId).HasMaxLength(Lengths.Id);
        builder.Property(f => f.AmountYuan).HasPrecision(Lengths.MoneyPrecision, Lengths.MoneyScale);
        builder.Property(f => f.CreatedBy).HasMaxLength(Lengths.Name);
        // R11.1: one payment per trainee and batch.
        builder.HasIndex(f => new { f.BatchYear, f.ApplicationId }).IsUnique();
        builder.HasIndex(f => new { f.ReceivingUnitId, f.BatchYear });
        builder.HasOne<BatchRecord>().WithMany().HasForeignKey(f => f.BatchYear).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ReceivingUnitRecord>().WithMany().HasForeignKey(f => f.ReceivingUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationRecord>().WithMany().HasForeignKey(f => f.ApplicationId).OnDelete(DeleteBehavior.Restrict);
    }
}
