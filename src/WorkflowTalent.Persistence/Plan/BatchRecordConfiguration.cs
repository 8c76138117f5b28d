using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowTalent.Persistence.Plan;

internal sealed class BatchRecordConfiguration : IEntityTypeConfiguration<BatchRecord>
{
    public void Configure(EntityTypeBuilder<BatchRecord> builder)
    {
        builder.ToTable("PlanBatches");
        // R3.1: one batch a year.
        builder.HasKey(b => b.Year);
        builder.Property(b => b.Year).ValueGeneratedNever();
        builder.Property(b => b.ReminderDatesJson).HasMaxLength(Lengths.Text);
        builder.Property(b => b.CreatedBy).HasMaxLength(Lengths.Name);
        builder.Property(b => b.UpdatedBy).HasMaxLength(Lengths.Name);
        builder.Property(b => b.Revision).IsConcurrencyToken();
    }
}
