using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowTalent.Persistence.Plan;

internal sealed class CompetentDepartmentRecordConfiguration : IEntityTypeConfiguration<CompetentDepartmentRecord>
{
    public void Configure(EntityTypeBuilder<CompetentDepartmentRecord> builder)
    {
        builder.ToTable("PlanCompetentDepartments");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Name).HasMaxLength(Lengths.Name);
        builder.Property(d => d.EnglishName).HasMaxLength(Lengths.Name);
        builder.Property(d => d.FieldCode).HasMaxLength(Lengths.Id);
        builder.HasIndex(d => d.Name).IsUnique();
    }
}
