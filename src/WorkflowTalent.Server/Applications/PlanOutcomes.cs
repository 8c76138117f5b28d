using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.Plan;
using WorkflowTalent.Plan.Funding;
using WorkflowTalent.Plan.Grades;
using WorkflowTalent.Server.Engine;
using WorkflowTalent.Workflows.Hosting;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Server.Applications;

/// <summary>
/// Carries what the plan's instances decide back to their application (the correlation id), inside the engine step
/// that decided it, so both commit together or neither does. It watches every step of the scope's host
/// (<see cref="IWorkflowStepObserver"/>), children and event deliveries included, so it does not matter whether
/// talent-selection runs alone or as a child of talent-year. Each outcome is a guarded move of
/// <see cref="ApplicationLifecycle"/>, so a step seen twice changes nothing the second time.
/// </summary>
internal sealed partial class PlanOutcomes(WorkflowDbContext db, PlanFunding funding, TimeProvider clock, ILogger<PlanOutcomes> log)
    : IWorkflowStepObserver
{
    public void Applied(WorkflowHost host, StepResult step)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(step);
        var instance = step.Instance;
        if (instance.Status != WorkflowStatus.Finished || instance.CorrelationId is not { } applicationId
            || !step.Journal.Any(e => e.Event == JournalEvents.Finished)
            || instance.DefinitionId is not (PlanDefinitions.Selection or PlanDefinitions.Training or PlanDefinitions.Discipline or PlanDefinitions.Extension)
            || db.PlanApplications.Find(applicationId) is not { } application)
            return;

        var now = clock.GetUtcNow();
        var by = step.Effects.TasksCompleted.Select(t => t.Completion.By.User).LastOrDefault(u => u is not null) ?? "workflow";
        switch (instance.DefinitionId)
        {
            case PlanDefinitions.Selection when Flag(instance, "selected"):
                Place(application, instance.Output.GetValueOrDefault("placement") as JsonObject, now, by);
                break;
            case PlanDefinitions.Selection:
                Move(application, ApplicationStatus.Rejected, now);
                break;
            case PlanDefinitions.Training:
                Complete(application, instance, now);
                break;
            case PlanDefinitions.Discipline when Flag(instance, "cancelled"):
                Cancel(host, application, instance.Id, now);
                break;
            case PlanDefinitions.Extension when Flag(instance, "joinsNextBatch"):
                Extend(application, now, by);
                break;
        }
    }

    // R6.3, R6.4: the approved placement, and R11.1: the receiving unit's payment.
    private void Place(ApplicationRecord application, JsonObject? placement, DateTimeOffset now, string by)
    {
        if (!ApplicationLifecycle.CanMove(application.Status, ApplicationStatus.Placed))
            return;
        var unitName = Text(placement, "receivingUnit");
        var unit = db.PlanReceivingUnits.Include(u => u.Departments).ThenInclude(d => d.Mentors).SingleOrDefault(u => u.Name == unitName)
            ?? throw new WorkflowRefusedException(
                $"安排的接收单位“{unitName}”不在接收单位名录中，无法拨付研修经费（R6.3、R11.1）。The placement's receiving unit '{unitName}' is not a known receiving unit (R6.3, R11.1)");
        var department = unit.Departments.FirstOrDefault(d => d.Name == Text(placement, "unitDepartment"));
        var mentor = department?.Mentors.FirstOrDefault(m => m.Name == Text(placement, "mentor"));
        application.ReceivingUnitId = unit.Id;
        application.UnitDepartmentId = department?.Id;
        application.MentorId = mentor?.Id;
        application.ResearchTopic = Text(placement, "researchTopic") is { Length: > 0 } topic ? topic : null;
        Move(application, ApplicationStatus.Placed, now);
        funding.Pay(application, unit, extendedFromYear: null, now, by);
    }

    // R14.3: the receiving unit's grade; R16.1: training over.
    private void Complete(ApplicationRecord application, WorkflowInstance instance, DateTimeOffset now)
    {
        if (!ApplicationLifecycle.CanMove(application.Status, ApplicationStatus.Completed))
            return;
        var gradeName = Text(instance.Output.GetValueOrDefault("assessment") as JsonObject, "grade");
        application.Grade = AssessmentGradeNames.FromZh(gradeName)
            ?? throw new WorkflowRefusedException($"考核等次“{gradeName}”不是优秀、合格、基本合格、不合格之一（R14.3）。The grade '{gradeName}' is not one of the four (R14.3)");
        Move(application, ApplicationStatus.Completed, now);
    }

    // R15.2: the place is cancelled (next year's quota counts it), the payment marked, the trainee's other cases end.
    private void Cancel(WorkflowHost host, ApplicationRecord application, string disciplineInstanceId, DateTimeOffset now)
    {
        if (!Move(application, ApplicationStatus.Cancelled, now))
            return;
        funding.Mark(application, FundingEntryStatus.Cancelled, now);
        var running = db.Instances.AsNoTracking()
            .Where(i => i.CorrelationId == application.Id && i.ParentInstanceId == null && i.Id != disciplineInstanceId
                && (i.Status == WorkflowStatus.Running || i.Status == WorkflowStatus.Waiting))
            .Select(i => i.Id)
            .ToList();
        // Only roots: a child (talent-year's) is cancelled by its parent, which stops waiting for it.
        foreach (var other in running)
            host.Cancel(other, $"R15.2 研修资格已取消 The trainee's place was cancelled ({disciplineInstanceId})");
    }

    // R16.2: the trainee joins the next batch, placed as before; that batch's ledger pays for the further months.
    private void Extend(ApplicationRecord application, DateTimeOffset now, string by)
    {
        if (!Move(application, ApplicationStatus.Extended, now))
            return;
        funding.Mark(application, FundingEntryStatus.Extended, now);
        var next = application.BatchYear + 1;
        if (!db.PlanBatches.Any(b => b.Year == next))
            throw new WorkflowRefusedException($"{next} 年批次尚未建立，延期研修须加入下一批次（R16.2）。The {next} batch does not exist yet (R16.2)", RefusalReason.Conflict);
        var continued = new ApplicationRecord
        {
            Id = Guid.NewGuid().ToString("N"),
            BatchYear = next,
            CountyId = application.CountyId,
            TownshipId = application.TownshipId,
            OriginalUnitId = application.OriginalUnitId,
            TraineeName = application.TraineeName,
            TraineeUserName = application.TraineeUserName,
            TraineeEmail = application.TraineeEmail,
            BirthDate = application.BirthDate,
            Education = application.Education,
            Title = application.Title,
            FieldCode = application.FieldCode,
            Ethnicity = application.Ethnicity,
            Gender = application.Gender,
            IsPartyMember = application.IsPartyMember,
            RequestedReceivingUnitId = application.RequestedReceivingUnitId,
            Status = ApplicationStatus.Placed,
            StatusChangedAt = now,
            ReceivingUnitId = application.ReceivingUnitId,
            UnitDepartmentId = application.UnitDepartmentId,
            MentorId = application.MentorId,
            ResearchTopic = application.ResearchTopic,
            ExtendedFromId = application.Id,
            CreatedAt = now,
            CreatedBy = by,
        };
        db.PlanApplications.Add(continued);
        if (application.ReceivingUnitId is { } unitId)
            funding.Pay(continued, db.PlanReceivingUnits.Single(u => u.Id == unitId), extendedFromYear: application.BatchYear, now, by);
        LogExtended(log, application.Id, continued.Id, next);
    }

    private bool Move(ApplicationRecord application, ApplicationStatus to, DateTimeOffset now)
    {
        var from = application.Status;
        if (!ApplicationLifecycle.TryMove(application, to, now))
            return false;
        LogMoved(log, application.Id, from, to);
        return true;
    }

    private static bool Flag(WorkflowInstance instance, string output) =>
        instance.Output.GetValueOrDefault(output) is JsonValue value
        && ((value.TryGetValue<bool>(out var flag) && flag) || (value.TryGetValue<string>(out var text) && bool.TryParse(text, out flag) && flag));

    private static string Text(JsonObject? data, string name) =>
        data?[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text.Trim() : "";

    [LoggerMessage(Level = LogLevel.Information, Message = "Application {ApplicationId}: {From} → {To}")]
    private static partial void LogMoved(ILogger logger, string applicationId, ApplicationStatus from, ApplicationStatus to);

    [LoggerMessage(Level = LogLevel.Information, Message = "Application {ApplicationId} extended into {NextId} of the {Year} batch")]
    private static partial void LogExtended(ILogger logger, string applicationId, string nextId, int year);
}
