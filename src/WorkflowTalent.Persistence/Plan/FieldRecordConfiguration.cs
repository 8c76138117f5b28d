using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowTalent.Persistence.Plan;

internal sealed class FieldRecordConfiguration : IEntityTypeConfiguration<FieldRecord>
{
    public void Configure(EntityTypeBuilder<FieldRecord> builder)
    {
        builder.ToTable("PlanFields");
        builder.HasKey(f => f.Code);
        builder.Property(f => f.Code).HasMaxLength(Lengths.Id);
        builder.Property(f => f.NameZh).HasMaxLength(Lengths.Name);
        builder.Property(f => f.NameEn).HasMaxLength(Lengths.Name);
        builder.HasMany(f => f.CompetentDepartments).WithOne().HasForeignKey(d => d.FieldCode).OnDelete(DeleteBehavior.Restrict);
    }
}
