using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WorkflowTalent.Persistence.HumanTasks;

internal sealed class TaskHistoryRecordConfiguration : IEntityTypeConfiguration<TaskHistoryRecord>
{
    public void Configure(EntityTypeBuilder<TaskHistoryRecord> builder)
    {
        builder.ToTable("TaskHistory");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.TaskId).HasMaxLength(Lengths.Id);
        builder.Property(h => h.By).HasMaxLength(Lengths.Name);
        builder.Property(h => h.Detail).HasMaxLength(Lengths.LongText);
        builder.HasIndex(h => new { h.TaskId, h.Id });
    }
}
