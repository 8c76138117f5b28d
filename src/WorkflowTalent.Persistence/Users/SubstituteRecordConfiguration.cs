using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowTalent.Persistence.Users;

internal sealed class SubstituteRecordConfiguration : IEntityTypeConfiguration<SubstituteRecord>
{
    public void Configure(EntityTypeBuilder<SubstituteRecord> builder)
    {
        builder.ToTable("Substitutes");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasMaxLength(Lengths.Id);
        builder.Property(s => s.UserName).HasMaxLength(Lengths.Name);
        builder.Property(s => s.SubstituteUserName).HasMaxLength(Lengths.Name);
        // The inbox asks: for whom does this user stand in now?
        builder.HasIndex(s => new { s.SubstituteUserName, s.To });
        builder.HasIndex(s => s.UserName);
    }
}
