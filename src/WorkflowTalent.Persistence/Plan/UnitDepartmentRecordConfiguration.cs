using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowTalent.Persistence.Plan;

internal sealed class UnitDepartmentRecordConfiguration : IEntityTypeConfiguration<UnitDepartmentRecord>
{
    public void Configure(EntityTypeBuilder<UnitDepartmentRecord> builder)
    {
        builder.ToTable("PlanUnitDepartments");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Name).HasMaxLength(Lengths.Name);
        builder.HasIndex(d => new { d.ReceivingUnitId, d.Name }).IsUnique();
        builder.HasMany(d => d.Mentors).WithOne().HasForeignKey(m => m.UnitDepartmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
