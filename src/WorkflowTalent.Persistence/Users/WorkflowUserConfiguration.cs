using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowTalent.Persistence.Users;

internal sealed class WorkflowUserConfiguration : IEntityTypeConfiguration<WorkflowUser>
{
    public void Configure(EntityTypeBuilder<WorkflowUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(Lengths.Name);
        builder.Property(u => u.Scope).HasMaxLength(Lengths.Name);
        builder.Property(u => u.Culture).HasMaxLength(Lengths.Status);
    }
}
