using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence.Definitions;
using WorkflowTalent.Persistence.HumanTasks;
using WorkflowTalent.Persistence.Instances;
using WorkflowTalent.Persistence.Mail;
using WorkflowTalent.Persistence.Timers;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Persistence;

public sealed class WorkflowDbContext(DbContextOptions<WorkflowDbContext> options) : DbContext(options)
{
    public DbSet<DefinitionRecord> Definitions => Set<DefinitionRecord>();
    public DbSet<InstanceRecord> Instances => Set<InstanceRecord>();
    public DbSet<JournalRecord> Journal => Set<JournalRecord>();
    public DbSet<EventWaitRecord> EventWaits => Set<EventWaitRecord>();
    public DbSet<TaskRecord> Tasks => Set<TaskRecord>();
    public DbSet<TimerRecord> Timers => Set<TimerRecord>();
    public DbSet<OutboxMail> OutboxMails => Set<OutboxMail>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WorkflowDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Times are stored in UTC on every provider. SQLite has no date type and cannot compare or order
        // DateTimeOffset in SQL, so there they are UTC ticks (INTEGER), which the timer sweep and the inbox can
        // order by; PostgreSQL (timestamptz) accepts only offset 0, and SQL Server's datetimeoffset then holds +00:00.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
        }
        else
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcConverter>();
        }

        // Enums as their names: readable in the database, and stable when members are added.
        configurationBuilder.Properties<WorkflowStatus>().HaveConversion<string>().HaveMaxLength(Lengths.Status);
        configurationBuilder.Properties<DefinitionStatus>().HaveConversion<string>().HaveMaxLength(Lengths.Status);
        configurationBuilder.Properties<HumanTaskStatus>().HaveConversion<string>().HaveMaxLength(Lengths.Status);
        configurationBuilder.Properties<TimerState>().HaveConversion<string>().HaveMaxLength(Lengths.Status);
        configurationBuilder.Properties<OutboxMailStatus>().HaveConversion<string>().HaveMaxLength(Lengths.Status);
    }
}
