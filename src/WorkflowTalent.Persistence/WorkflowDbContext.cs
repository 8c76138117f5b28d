using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence.Definitions;
using WorkflowTalent.Persistence.Files;
using WorkflowTalent.Persistence.HumanTasks;
using WorkflowTalent.Persistence.Instances;
using WorkflowTalent.Persistence.Mail;
using WorkflowTalent.Persistence.Plan;
using WorkflowTalent.Persistence.Timers;
using WorkflowTalent.Persistence.Users;
using WorkflowTalent.Plan.Batches;
using WorkflowTalent.Plan.Eligibility;
using WorkflowTalent.Plan.Funding;
using WorkflowTalent.Plan.Grades;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Persistence;

/// <summary>
/// The service's one database: the engine's state, the inbox, the outbox, the users (ASP.NET Core Identity) and
/// the data-protection keys, so that every node and every restart reads the same cookies and bearer tokens.
/// </summary>
public sealed class WorkflowDbContext(DbContextOptions<WorkflowDbContext> options) : IdentityDbContext<WorkflowUser>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<DefinitionRecord> Definitions => Set<DefinitionRecord>();
    public DbSet<InstanceRecord> Instances => Set<InstanceRecord>();
    public DbSet<JournalRecord> Journal => Set<JournalRecord>();
    public DbSet<EventWaitRecord> EventWaits => Set<EventWaitRecord>();
    public DbSet<TaskRecord> Tasks => Set<TaskRecord>();
    public DbSet<TimerRecord> Timers => Set<TimerRecord>();
    public DbSet<OutboxMail> OutboxMails => Set<OutboxMail>();
    public DbSet<TaskHistoryRecord> TaskHistory => Set<TaskHistoryRecord>();
    public DbSet<SavedFilterRecord> SavedFilters => Set<SavedFilterRecord>();
    public DbSet<SubstituteRecord> Substitutes => Set<SubstituteRecord>();
    public DbSet<CaseFileRecord> CaseFiles => Set<CaseFileRecord>();

    // The plan's data (rules.md): reference data, settings, batches, quotas, candidates, funding.
    public DbSet<CountyRecord> PlanCounties => Set<CountyRecord>();
    public DbSet<TownshipRecord> PlanTownships => Set<TownshipRecord>();
    public DbSet<FieldRecord> PlanFields => Set<FieldRecord>();
    public DbSet<CompetentDepartmentRecord> PlanCompetentDepartments => Set<CompetentDepartmentRecord>();
    public DbSet<ReceivingUnitRecord> PlanReceivingUnits => Set<ReceivingUnitRecord>();
    public DbSet<UnitDepartmentRecord> PlanUnitDepartments => Set<UnitDepartmentRecord>();
    public DbSet<MentorRecord> PlanMentors => Set<MentorRecord>();
    public DbSet<OriginalUnitRecord> PlanOriginalUnits => Set<OriginalUnitRecord>();
    public DbSet<PlanSettingsRecord> PlanSettings => Set<PlanSettingsRecord>();
    public DbSet<PlanSettingsChangeRecord> PlanSettingsHistory => Set<PlanSettingsChangeRecord>();
    public DbSet<BatchRecord> PlanBatches => Set<BatchRecord>();
    public DbSet<QuotaAllocationRecord> PlanQuotaAllocations => Set<QuotaAllocationRecord>();
    public DbSet<QuotaLineRecord> PlanQuotaLines => Set<QuotaLineRecord>();
    public DbSet<ApplicationRecord> PlanApplications => Set<ApplicationRecord>();
    public DbSet<FundingEntryRecord> PlanFundingEntries => Set<FundingEntryRecord>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(WorkflowDbContext).Assembly);
    }

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
        configurationBuilder.Properties<DelegationState>().HaveConversion<string>().HaveMaxLength(Lengths.Status);
        configurationBuilder.Properties<TaskAction>().HaveConversion<string>().HaveMaxLength(Lengths.Name);
        configurationBuilder.Properties<BatchState>().HaveConversion<string>().HaveMaxLength(Lengths.Status);
        configurationBuilder.Properties<ApplicationStatus>().HaveConversion<string>().HaveMaxLength(Lengths.Status);
        configurationBuilder.Properties<Gender>().HaveConversion<string>().HaveMaxLength(Lengths.Status);
        configurationBuilder.Properties<EducationLevel>().HaveConversion<string>().HaveMaxLength(Lengths.Status);
        configurationBuilder.Properties<AssessmentGrade>().HaveConversion<string>().HaveMaxLength(Lengths.Status);
        configurationBuilder.Properties<FundingEntryStatus>().HaveConversion<string>().HaveMaxLength(Lengths.Status);
    }
}
