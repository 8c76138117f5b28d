using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowTalent.Persistence.Plan;

internal sealed class CountyRecordConfiguration : IEntityTypeConfiguration<CountyRecord>
{
    public void Configure(EntityTypeBuilder<CountyRecord> builder)
    {
        builder.ToTable("PlanCounties");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Name).HasMaxLength(Lengths.Name);
        builder.Property(c => c.EnglishName).HasMaxLength(Lengths.Name);
        builder.HasIndex(c => c.Name).IsUnique();
        builder.HasMany(c => c.Townships).WithOne().HasForeignKey(t => t.CountyId).OnDelete(DeleteBehavior.Cascade);
    }
}
