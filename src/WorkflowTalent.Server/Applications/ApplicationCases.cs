using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.Plan;
using WorkflowTalent.Plan;
using WorkflowTalent.Server.Engine;
using WorkflowTalent.Server.Identity;
using WorkflowTalent.Server.Plan;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Server.Applications;

/// <summary>
/// The cases a placed trainee's year may need beside selection: leave (R15.1), discipline (R15.2), extension (R16.2),
/// and report-in and training when the parent <see cref="PlanDefinitions.Year"/> does not start them. Each is
/// correlated by the application's id and started by whom the policy names; anyone else gets 404.
/// </summary>
internal sealed class ApplicationCases(
    WorkflowDbContext db,
    ApplicationParties parties,
    PlanSettingsStore settingsStore,
    WorkflowSteps steps,
    IOptions<ApplicationsOptions> options)
{
    private const int MaxReason = 2000;

    /// <summary>R15.1: the trainee asks for leave themself; a leave that ends before it starts is refused with nothing stored.</summary>
    public async Task<Results<Created<CaseStarted>, ProblemHttpResult>> LeaveAsync(string id, LeaveRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var application = await FindAsync(id, cancellationToken);
        if (application is null || !caller.IsInRole(WorkflowRoles.Trainee) || application.TraineeUserName != caller.UserName)
            return ApplicationProblems.NoApplication(id);
        if (NotPlaced(application) is { } notPlaced)
            return notPlaced;
        var problems = new List<ApplicationProblems.Field>();
        if (request.StartDate is null)
            problems.Add(new("startDate", "开始日期必填", "is required"));
        if (request.EndDate is null)
            problems.Add(new("endDate", "结束日期必填", "is required"));
        if (Reason(request.Reason, problems) is not { } reason || problems.Count > 0)
            return ApplicationProblems.Invalid(problems);
        if (request.EndDate < request.StartDate)
            return ApplicationProblems.Refused("请假日期有误 The leave's dates are not valid",
            [
                new Refusal("R15.1", new BilingualText(
                    $"请假结束日期 {request.EndDate:yyyy-MM-dd} 早于开始日期 {request.StartDate:yyyy-MM-dd}（R15.1）",
                    $"The leave ends on {request.EndDate:yyyy-MM-dd}, before it starts on {request.StartDate:yyyy-MM-dd} (R15.1)")),
            ]);

        var who = await parties.ForAsync(application, cancellationToken);
        return Start(application, PlanDefinitions.Leave, PlanInputs.Leave(who, request.StartDate!.Value, request.EndDate!.Value, reason), caller);
    }

    /// <summary>R15.2: the receiving unit the trainee is placed with proposes cancelling the place.</summary>
    public async Task<Results<Created<CaseStarted>, ProblemHttpResult>> DisciplineAsync(string id, ReasonRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var application = await FindAsync(id, cancellationToken);
        if (application is null || !await IsPlacedUnitAsync(application, caller, cancellationToken))
            return ApplicationProblems.NoApplication(id);
        return await WithReasonAsync(application, PlanDefinitions.Discipline, request, caller, cancellationToken);
    }

    /// <summary>R16.2: the receiving unit or the dispatching county asks to extend; the trainee would join the next batch.</summary>
    public async Task<Results<Created<CaseStarted>, ProblemHttpResult>> ExtensionAsync(string id, ReasonRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var application = await FindAsync(id, cancellationToken);
        if (application is null || !(await IsPlacedUnitAsync(application, caller, cancellationToken) || await IsCountyAsync(application, caller, cancellationToken)))
            return ApplicationProblems.NoApplication(id);
        var next = application.BatchYear + 1;
        if (!await db.PlanBatches.AnyAsync(b => b.Year == next, cancellationToken))
            return ApplicationProblems.Conflict($"{next} 年批次尚未建立，延期研修须加入下一批次（R16.2）。The {next} batch does not exist yet; an extended trainee joins it (R16.2).", "R16.2");
        return await WithReasonAsync(application, PlanDefinitions.Extension, request, caller, cancellationToken);
    }

    /// <summary>R6.5, R10.2: report-in for a placed trainee, started by the Municipal Organisation Department or an administrator.</summary>
    public async Task<Results<Created<CaseStarted>, ProblemHttpResult>> ReportInAsync(string id, Caller caller, CancellationToken cancellationToken)
    {
        var (application, refused) = await ForManagerAsync(id, PlanDefinitions.ReportIn, caller, cancellationToken);
        if (application is null)
            return refused!;
        var batch = await db.PlanBatches.AsNoTracking().SingleAsync(b => b.Year == application.BatchYear, cancellationToken);
        var settings = (await settingsStore.CurrentAsync(cancellationToken)).Settings;
        var who = await parties.ForAsync(application, cancellationToken);
        return Start(application, PlanDefinitions.ReportIn, PlanInputs.ReportIn(who, application, batch, settings), caller);
    }

    /// <summary>R7.1–R14.4: training with the placement and the batch's period; the trainee needs an account for the summary task.</summary>
    public async Task<Results<Created<CaseStarted>, ProblemHttpResult>> TrainingAsync(string id, Caller caller, CancellationToken cancellationToken)
    {
        var (application, refused) = await ForManagerAsync(id, PlanDefinitions.Training, caller, cancellationToken);
        if (application is null)
            return refused!;
        // R14.1: the trainee writes the summary in their own task, scoped to their user name.
        if (string.IsNullOrEmpty(application.TraineeUserName))
            return ApplicationProblems.Conflict("研修人员尚无系统账号，无法提交书面总结（R14.1）。The trainee has no user name for the summary task (R14.1).", "R14.1");
        var batch = await db.PlanBatches.AsNoTracking().SingleAsync(b => b.Year == application.BatchYear, cancellationToken);
        var settings = (await settingsStore.CurrentAsync(cancellationToken)).Settings;
        var who = await parties.ForAsync(application, cancellationToken);
        var department = application.UnitDepartmentId is { } d ? await db.PlanUnitDepartments.AsNoTracking().Where(x => x.Id == d).Select(x => x.Name).SingleAsync(cancellationToken) : null;
        var mentor = application.MentorId is { } m ? await db.PlanMentors.AsNoTracking().Where(x => x.Id == m).Select(x => x.Name).SingleAsync(cancellationToken) : null;
        return Start(application, PlanDefinitions.Training, PlanInputs.Training(who, department, mentor, application.ResearchTopic, batch, settings), caller);
    }

    private async Task<Results<Created<CaseStarted>, ProblemHttpResult>> WithReasonAsync(
        ApplicationRecord application, string definitionId, ReasonRequest request, Caller caller, CancellationToken cancellationToken)
    {
        if (NotPlaced(application) is { } notPlaced)
            return notPlaced;
        var problems = new List<ApplicationProblems.Field>();
        if (Reason(request.Reason, problems) is not { } reason)
            return ApplicationProblems.Invalid(problems);
        if (await RunningAsync(application.Id, definitionId, cancellationToken))
            return ApplicationProblems.Conflict($"该研修人员已有进行中的 {definitionId} 流程。A {definitionId} case of this application is still running.");
        var who = await parties.ForAsync(application, cancellationToken);
        return Start(application, definitionId, PlanInputs.WithReason(who, reason), caller);
    }

    private async Task<(ApplicationRecord? Application, ProblemHttpResult? Refused)> ForManagerAsync(string id, string definitionId, Caller caller, CancellationToken cancellationToken)
    {
        var application = await FindAsync(id, cancellationToken);
        if (application is null || !(caller.IsAdministrator || caller.IsInRole(WorkflowRoles.MunicipalOrganization)))
            return (null, ApplicationProblems.NoApplication(id));
        if (NotPlaced(application) is { } notPlaced)
            return (null, notPlaced);
        if (options.Value.YearStartsItsChildren)
            return (null, ApplicationProblems.Conflict($"{PlanDefinitions.Year} 流程会自行启动 {definitionId}。{PlanDefinitions.Year} starts {definitionId} itself."));
        if (await RunningAsync(application.Id, definitionId, cancellationToken) || await FinishedAsync(application.Id, definitionId, cancellationToken))
            return (null, ApplicationProblems.Conflict($"该研修人员已有 {definitionId} 流程。This application has a {definitionId} case already."));
        return (application, null);
    }

    private Results<Created<CaseStarted>, ProblemHttpResult> Start(ApplicationRecord application, string definitionId, JsonObject input, Caller caller)
    {
        var started = steps.Run(
            host => host.Start(definitionId, input, application.Id),
            (result, store) => store.Row(result.Instance.Id)!.StartedBy = caller.UserName);
        return TypedResults.Created($"/api/instances/{started.Instance.Id}", new CaseStarted(application.Id, definitionId, started.Instance.Id));
    }

    private static ProblemHttpResult? NotPlaced(ApplicationRecord application) =>
        application.Status == ApplicationStatus.Placed
            ? null
            : ApplicationProblems.Conflict($"申请状态为 {application.Status}，未在研修中。The application is {application.Status}, not placed in training.");

    private static string? Reason(string? text, List<ApplicationProblems.Field> problems)
    {
        var reason = text?.Trim();
        if (string.IsNullOrEmpty(reason))
            problems.Add(new("reason", "事由必填", "is required"));
        else if (reason.Length > MaxReason)
            problems.Add(new("reason", $"事由不能超过 {MaxReason} 个字符", $"is longer than {MaxReason} characters"));
        else
            return reason;
        return null;
    }

    private Task<ApplicationRecord?> FindAsync(string id, CancellationToken cancellationToken) =>
        db.PlanApplications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);

    private async Task<bool> IsPlacedUnitAsync(ApplicationRecord application, Caller caller, CancellationToken cancellationToken) =>
        caller.IsInRole(WorkflowRoles.ReceivingUnit) && application.ReceivingUnitId is { } unitId
        && await db.PlanReceivingUnits.AnyAsync(u => u.Id == unitId && u.Name == caller.Scope, cancellationToken);

    private async Task<bool> IsCountyAsync(ApplicationRecord application, Caller caller, CancellationToken cancellationToken) =>
        caller.IsInRole(WorkflowRoles.CountyOrganization)
        && await db.PlanCounties.AnyAsync(c => c.Id == application.CountyId && c.Name == caller.Scope, cancellationToken);

    private Task<bool> RunningAsync(string applicationId, string definitionId, CancellationToken cancellationToken) =>
        db.Instances.AnyAsync(i => i.CorrelationId == applicationId && i.DefinitionId == definitionId
            && (i.Status == WorkflowStatus.Running || i.Status == WorkflowStatus.Waiting), cancellationToken);

    private Task<bool> FinishedAsync(string applicationId, string definitionId, CancellationToken cancellationToken) =>
        db.Instances.AnyAsync(i => i.CorrelationId == applicationId && i.DefinitionId == definitionId && i.Status == WorkflowStatus.Finished, cancellationToken);
}
