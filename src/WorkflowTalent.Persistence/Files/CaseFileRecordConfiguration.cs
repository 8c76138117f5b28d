using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowTalent.Persistence.Instances;

namespace WorkflowTalent.Persistence.Files;

internal sealed class CaseFileRecordConfiguration : IEntityTypeConfiguration<CaseFileRecord>
{
    /// <summary>Hex characters of a SHA-256.</summary>
    private const int Sha256Length = 64;

    public void Configure(EntityTypeBuilder<CaseFileRecord> builder)
    {
        builder.ToTable("CaseFiles");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).HasMaxLength(Lengths.Id);
        builder.Property(f => f.InstanceId).HasMaxLength(Lengths.Id);
        builder.Property(f => f.Name).HasMaxLength(Lengths.Text);
        builder.Property(f => f.ContentType).HasMaxLength(Lengths.Name);
        builder.Property(f => f.Sha256).HasMaxLength(Sha256Length);
        builder.Property(f => f.UploadedBy).HasMaxLength(Lengths.Name);
        builder.HasIndex(f => f.InstanceId);
        builder.HasOne<InstanceRecord>().WithMany().HasForeignKey(f => f.InstanceId).OnDelete(DeleteBehavior.Cascade);
    }
}
