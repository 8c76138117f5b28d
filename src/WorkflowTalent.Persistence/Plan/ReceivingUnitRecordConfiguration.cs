using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowTalent.Persistence.Plan;

internal sealed class ReceivingUnitRecordConfiguration : IEntityTypeConfiguration<ReceivingUnitRecord>
{
    public void Configure(EntityTypeBuilder<ReceivingUnitRecord> builder)
    {
        builder.ToTable("PlanReceivingUnits");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Name).HasMaxLength(Lengths.Name);
        builder.Property(u => u.FieldCode).HasMaxLength(Lengths.Id);
        builder.HasIndex(u => u.Name).IsUnique();
        builder.HasOne<FieldRecord>().WithMany().HasForeignKey(u => u.FieldCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(u => u.CompetentDepartment).WithMany().HasForeignKey(u => u.CompetentDepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(u => u.Departments).WithOne().HasForeignKey(d => d.ReceivingUnitId).OnDelete(DeleteBehavior.Cascade);
    }
}
