using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowTalent.Persistence.HumanTasks;

internal sealed class TaskRecordConfiguration : IEntityTypeConfiguration<TaskRecord>
{
    public void Configure(EntityTypeBuilder<TaskRecord> builder)
    {
        builder.ToTable("Tasks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).HasMaxLength(Lengths.Id);
        builder.Property(t => t.InstanceId).HasMaxLength(Lengths.Id);
        builder.Property(t => t.ActivityId).HasMaxLength(Lengths.Name);
        builder.Property(t => t.Title).HasMaxLength(Lengths.Text);
        builder.Property(t => t.Role).HasMaxLength(Lengths.Name);
        builder.Property(t => t.Scope).HasMaxLength(Lengths.Name);
        builder.Property(t => t.DefinitionId).HasMaxLength(Lengths.Name);
        builder.Property(t => t.Description).HasMaxLength(Lengths.LongText);
        builder.Property(t => t.Assignee).HasMaxLength(Lengths.Name);
        builder.Property(t => t.Owner).HasMaxLength(Lengths.Name);
        builder.Property(t => t.OutcomesJson).HasMaxLength(Lengths.Text);
        builder.Property(t => t.Outcome).HasMaxLength(Lengths.Name);
        builder.Property(t => t.CompletedBy).HasMaxLength(Lengths.Name);
        builder.Property(t => t.CancelReason).HasMaxLength(Lengths.Text);
        // The inbox: open tasks of a role within a scope, soonest due first.
        builder.HasIndex(t => new { t.Role, t.Scope, t.Status, t.Due });
        builder.HasIndex(t => t.InstanceId);
        builder.HasIndex(t => new { t.Assignee, t.Status });
        // The inbox's third branch (tasks the caller delegated): without it the count scans every open task (docs/benchmarks.md).
        builder.HasIndex(t => new { t.Owner, t.Status });
        // The timers of the service's own: reminders and deadline actions look for open tasks by due time.
        builder.HasIndex(t => new { t.Status, t.Due });
    }
}
