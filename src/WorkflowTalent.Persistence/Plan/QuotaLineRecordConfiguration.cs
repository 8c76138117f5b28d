using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowTalent.Persistence.Plan;

internal sealed class QuotaLineRecordConfiguration : IEntityTypeConfiguration<QuotaLineRecord>
{
    public void Configure(EntityTypeBuilder<QuotaLineRecord> builder)
    {
        builder.ToTable("PlanQuotaLines");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.County).HasMaxLength(Lengths.Name);
        builder.Property(l => l.ExplanationZh).HasMaxLength(Lengths.Text);
        builder.Property(l => l.ExplanationEn).HasMaxLength(Lengths.Text);
        foreach (var fraction in new[] { nameof(QuotaLineRecord.BaseWeight), nameof(QuotaLineRecord.RemoteFigure), nameof(QuotaLineRecord.Base),
                     nameof(QuotaLineRecord.EthnicTilt), nameof(QuotaLineRecord.RemoteTilt), nameof(QuotaLineRecord.CancellationPenalty),
                     nameof(QuotaLineRecord.Redistributed), nameof(QuotaLineRecord.Exact) })
            builder.Property<decimal>(fraction).HasPrecision(Lengths.FractionPrecision, Lengths.FractionScale);
        builder.HasIndex(l => new { l.AllocationId, l.Position }).IsUnique();
    }
}
