using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowTalent.Persistence.Plan;

internal sealed class ApplicationRecordConfiguration : IEntityTypeConfiguration<ApplicationRecord>
{
    public void Configure(EntityTypeBuilder<ApplicationRecord> builder)
    {
        builder.ToTable("PlanApplications");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasMaxLength(Lengths.Id);
        builder.Property(a => a.TraineeName).HasMaxLength(Lengths.Name);
        builder.Property(a => a.TraineeUserName).HasMaxLength(Lengths.Name);
        builder.Property(a => a.TraineeEmail).HasMaxLength(Lengths.Name);
        builder.Property(a => a.Title).HasMaxLength(Lengths.Name);
        builder.Property(a => a.FieldCode).HasMaxLength(Lengths.Id);
        builder.Property(a => a.Ethnicity).HasMaxLength(Lengths.Status);
        builder.Property(a => a.SelectionInstanceId).HasMaxLength(Lengths.Id);
        builder.Property(a => a.ResearchTopic).HasMaxLength(Lengths.Text);
        builder.Property(a => a.ExtendedFromId).HasMaxLength(Lengths.Id);
        builder.Property(a => a.CreatedBy).HasMaxLength(Lengths.Name);
        builder.Property(a => a.Revision).IsConcurrencyToken();

        // Every reference restricts: an application is a record of what happened and keeps what it points to.
        builder.HasOne<BatchRecord>().WithMany().HasForeignKey(a => a.BatchYear).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CountyRecord>().WithMany().HasForeignKey(a => a.CountyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TownshipRecord>().WithMany().HasForeignKey(a => a.TownshipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OriginalUnitRecord>().WithMany().HasForeignKey(a => a.OriginalUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<FieldRecord>().WithMany().HasForeignKey(a => a.FieldCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ReceivingUnitRecord>().WithMany().HasForeignKey(a => a.RequestedReceivingUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ReceivingUnitRecord>().WithMany().HasForeignKey(a => a.ReceivingUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<UnitDepartmentRecord>().WithMany().HasForeignKey(a => a.UnitDepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<MentorRecord>().WithMany().HasForeignKey(a => a.MentorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationRecord>().WithMany().HasForeignKey(a => a.ExtendedFromId).OnDelete(DeleteBehavior.Restrict);

        // R6.1, R3.4: a county's candidates in a batch by status (the quota check); R15.2: last year's cancellations.
        builder.HasIndex(a => new { a.BatchYear, a.CountyId, a.Status });
        builder.HasIndex(a => a.TraineeUserName);
        builder.HasIndex(a => a.SelectionInstanceId);
        builder.HasIndex(a => new { a.ReceivingUnitId, a.BatchYear });
    }
}
