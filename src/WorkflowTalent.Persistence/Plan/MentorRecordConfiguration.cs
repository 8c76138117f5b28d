using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowTalent.Persistence.Plan;

internal sealed class MentorRecordConfiguration : IEntityTypeConfiguration<MentorRecord>
{
    public void Configure(EntityTypeBuilder<MentorRecord> builder)
    {
        builder.ToTable("PlanMentors");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Name).HasMaxLength(Lengths.Name);
        builder.Property(m => m.Title).HasMaxLength(Lengths.Name);
        builder.HasIndex(m => new { m.UnitDepartmentId, m.Name }).IsUnique();
    }
}
