using System.Globalization;
using WorkflowTalent.Workflows.Activities;
using WorkflowTalent.Workflows.Definitions;
using WorkflowTalent.Workflows.Expressions;
using WorkflowTalent.Workflows.Hosting;
using WorkflowTalent.Workflows.Runtime;
using WorkflowTalent.Workflows.Simulation;
using WorkflowTalent.Workflows.Time;
using WorkflowTalent.Workflows.Validation;

namespace WorkflowTalent.Workflows.Tests.Workflows;

/// <summary>
/// <c>workflows/talent-leave.json</c> (R15.1) run through its simulation scripts on a virtual clock, with
/// assertions on the journal and the outbox that the scripts' own expectations cannot express.
/// </summary>
public sealed class TalentLeaveWorkflowTests
{
    private const string Subject = "【玉溪市基层人才对口培养】";
    private const string TraineeEmail = "liming@example.cn";
    private const string CompetentDepartmentEmail = "rck@yxwjw.example.cn";
    private const string MunicipalEmail = "rcgzk@yxzzb.example.cn";
    private const string CountyEmail = "zzb@eshan.example.cn";
    private const string UnitHrEmail = "rsk@yxrmyy.example.cn";
    private const string County = "峨山彝族自治县";
    private const string Unit = "玉溪市人民医院";

    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-09-01T09:00:00+08:00", CultureInfo.InvariantCulture);

    private static string DefinitionPath => Path.Combine(AppContext.BaseDirectory, "workflows", "talent-leave.json");

    private static string ScriptDirectory => Path.Combine(AppContext.BaseDirectory, "Workflows", "Scripts", "talent-leave");

    public static TheoryData<string> Scripts =>
        [.. Directory.EnumerateFiles(ScriptDirectory, "*.jsonl").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    [Fact]
    public void R15_1_Definition_Validates_WithoutErrorsOrWarnings()
    {
        var result = new DefinitionValidator(ActivityRegistry.Default, new ExpressionEvaluator()).Validate(File.ReadAllBytes(DefinitionPath));

        Assert.NotNull(result.Definition);
        Assert.Empty(result.Problems);
        Assert.Equal("talent-leave", result.Definition.DefinitionId);
        Assert.Equal(1, result.Definition.Version);
        Assert.Contains("R15.1", result.Definition.Description, StringComparison.Ordinal);
        Assert.Contains("报市级主管部门备案", result.Definition.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void R15_1_Definition_CitesItsRule_OnEveryEnforcingActivity()
    {
        var definition = Load();
        var structural = new[] { "Elsa.Start", "Elsa.End" };

        var uncited = definition.Root.Activities
            .Where(a => !structural.Contains(a.Type, StringComparer.Ordinal))
            .Where(a => a.Input("description")?.Text?.Contains("R15.1", StringComparison.Ordinal) != true)
            .Select(a => a.Id)
            .ToList();

        Assert.Empty(uncited);
    }

    [Fact]
    public void R15_1_ScriptFolder_HoldsTheMainPaths() => Assert.True(Scripts.Count >= 6, $"found {Scripts.Count} scripts in {ScriptDirectory}");

    [Theory]
    [MemberData(nameof(Scripts))]
    public void R15_1_Script_Succeeds(string script)
    {
        var (result, _) = Simulate(script);

        Assert.True(result.Succeeded, $"{script}: {result.Refusal} {string.Join("; ", result.Failures)}");
    }

    [Fact]
    public void R15_1_LongLeave_NeedsCountyAndUnitHrApproval_ThenFiledWithCompetentDepartment()
    {
        var (result, mails) = Simulate("long-leave-both-approve.jsonl");
        var journal = result.Journal;

        Assert.True(result.Succeeded, string.Join("; ", result.Failures));
        var county = Single(journal, JournalEvents.TaskCreated, "county");
        Assert.Equal(("CountyOrganization", County), (county.Role, county.Scope));
        Assert.Equal("审批 李明 的请假（5 天）", county.Title);
        Assert.Equal("2026-09-04T09:00:00+08:00", county.Due);
        var unitHr = Single(journal, JournalEvents.TaskCreated, "unitHr");
        Assert.Equal(("ReceivingUnitHr", Unit), (unitHr.Role, unitHr.Scope));
        Assert.DoesNotContain(journal, e => e.Activity == "unit");

        // Filed exactly once, and only after both approvals.
        var filing = Assert.Single(journal, e => e.Event == JournalEvents.EmailQueued && e.To == CompetentDepartmentEmail);
        Assert.StartsWith(Subject + "请假备案", filing.Subject, StringComparison.Ordinal);
        Assert.True(IndexOf(journal, filing) > IndexOf(journal, Single(journal, JournalEvents.TaskCompleted, "unitHr")));
        Assert.True(IndexOf(journal, filing) > IndexOf(journal, Single(journal, JournalEvents.TaskCompleted, "county")));
        var filed = Assert.Single(mails, m => m.To.SequenceEqual([CompetentDepartmentEmail]));
        Assert.Contains("市卫生健康委：", filed.Body, StringComparison.Ordinal);
        Assert.Contains("2026-09-14 至 2026-09-18", filed.Body, StringComparison.Ordinal);
        Assert.Contains("峨山彝族自治县委组织部和玉溪市人民医院组织人事科同意", filed.Body, StringComparison.Ordinal);

        var told = Assert.Single(mails, m => m.To.SequenceEqual([TraineeEmail]));
        Assert.Equal(Subject + "请假审批结果", told.Subject);
        Assert.Contains("已经县区委组织部和接收单位组织人事科同意", told.Body, StringComparison.Ordinal);
        Assert.Equal(2, mails.Count);
        Assert.Equal(JournalEvents.Finished, journal[^1].Event);
    }

    [Fact]
    public void R15_1_LongLeave_CountyRejects_CancelsUnitHrTask_AndTellsTrainee()
    {
        var (result, mails) = Simulate("long-leave-county-rejects.jsonl");
        var journal = result.Journal;

        Assert.True(result.Succeeded, string.Join("; ", result.Failures));
        var cancelled = Single(journal, JournalEvents.TaskCancelled, "unitHr");
        Assert.Contains("finishCountyRejected", cancelled.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(journal, e => e.Event == JournalEvents.TaskCompleted && e.Activity == "unitHr");
        Assert.DoesNotContain(journal, e => e.Activity is "bothApproved" or "fileWithCompetentDepartment");

        var told = Assert.Single(mails);
        Assert.Equal([TraineeEmail], told.To);
        Assert.Equal(Subject + "请假审批结果", told.Subject);
        Assert.Contains("未获峨山彝族自治县委组织部同意", told.Body, StringComparison.Ordinal);
        Assert.Contains("审批意见：研修期间一般不允许请假，请另行安排陪护", told.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void R15_1_LongLeave_UnitHrRejects_CancelsCountyTask_AndIsNotFiled()
    {
        var (result, mails) = Simulate("long-leave-unithr-rejects.jsonl");

        Assert.True(result.Succeeded, string.Join("; ", result.Failures));
        Assert.DoesNotContain(result.Journal, e => e.Event == JournalEvents.TaskCancelled); // county had already approved
        var told = Assert.Single(mails);
        Assert.Equal([TraineeEmail], told.To);
        Assert.Contains("未获玉溪市人民医院组织人事科同意", told.Body, StringComparison.Ordinal);
        Assert.Contains("科室轮转期间不宜请假", told.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void R15_1_LongLeave_ApproverOverdue_RemindsAndEscalates_TaskStaysOpen()
    {
        var (result, mails) = Simulate("long-leave-approver-overdue.jsonl");
        var journal = result.Journal;
        var due = ShanghaiTime.Format(Start.AddDays(3));

        Assert.True(result.Succeeded, string.Join("; ", result.Failures));
        foreach (var (task, approverEmail) in new[] { ("county", CountyEmail), ("unitHr", UnitHrEmail) })
        {
            var overdue = Single(journal, JournalEvents.TaskOverdue, task);
            Assert.Equal(due, overdue.Time);
            var reminder = Assert.Single(journal, e => e.Event == JournalEvents.EmailQueued && e.To == approverEmail);
            Assert.Equal(due, reminder.Time);
            Assert.StartsWith(Subject + "请假审批提醒", reminder.Subject, StringComparison.Ordinal);
            Assert.True(IndexOf(journal, Single(journal, JournalEvents.TaskCompleted, task)) > IndexOf(journal, overdue), $"{task} stayed open after it went overdue");
        }

        var escalations = journal.Where(e => e.Event == JournalEvents.EmailQueued && e.To == MunicipalEmail).ToList();
        Assert.Equal(2, escalations.Count);
        Assert.All(escalations, e => Assert.Equal(due, e.Time));
        Assert.Contains(escalations, e => e.Subject == Subject + "请假审批逾期：李明（峨山彝族自治县委组织部未按时审批）");
        Assert.Contains(escalations, e => e.Subject == Subject + "请假审批逾期：李明（玉溪市人民医院组织人事科未按时审批）");
        Assert.Contains(mails, m => m.To.SequenceEqual([MunicipalEmail]) && m.Body.Contains("审批时限（P3D）", StringComparison.Ordinal));

        Assert.DoesNotContain(journal, e => e.Event == JournalEvents.TaskCancelled);
        Assert.Single(journal, e => e.Event == JournalEvents.EmailQueued && e.To == CompetentDepartmentEmail);
    }

    [Fact]
    public void R15_1_ShortLeave_IsDecidedByReceivingUnitAlone_AndNotFiled()
    {
        var (result, mails) = Simulate("short-leave-approved.jsonl");
        var journal = result.Journal;

        Assert.True(result.Succeeded, string.Join("; ", result.Failures));
        var unit = Single(journal, JournalEvents.TaskCreated, "unit");
        Assert.Equal(("ReceivingUnit", Unit), (unit.Role, unit.Scope));
        Assert.Equal("审批 李明 的请假（2 天）", unit.Title);
        Assert.Equal("2026-09-04T09:00:00+08:00", unit.Due);
        Assert.DoesNotContain(journal, e => e.Activity is "county" or "unitHr");
        var told = Assert.Single(mails);
        Assert.Equal([TraineeEmail], told.To);
        Assert.Equal(Subject + "请假审批结果", told.Subject);
        Assert.Contains("已经玉溪市人民医院同意", told.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void R15_1_ShortLeave_Rejected_TellsTrainee()
    {
        var (result, mails) = Simulate("short-leave-rejected.jsonl");

        Assert.True(result.Succeeded, string.Join("; ", result.Failures));
        var told = Assert.Single(mails);
        Assert.Equal([TraineeEmail], told.To);
        Assert.Contains("未获玉溪市人民医院同意", told.Body, StringComparison.Ordinal);
        Assert.Contains("研修期间一般不允许请假", told.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void R15_1_ExactlyThreeDays_IsNotLongLeave()
    {
        var (result, _) = Simulate("three-days-is-short-leave.jsonl");

        Assert.True(result.Succeeded, string.Join("; ", result.Failures));
        Assert.Single(result.Journal, e => e.Event == JournalEvents.TaskCreated);
        Assert.Equal("unit", Assert.Single(result.Journal, e => e.Event == JournalEvents.TaskCreated).Activity);
    }

    [Fact]
    public void R15_1_EndBeforeStart_Faults_InChineseAndEnglish()
    {
        var (result, mails) = Simulate("end-before-start-faults.jsonl");

        Assert.True(result.Succeeded, string.Join("; ", result.Failures));
        Assert.Equal(WorkflowStatus.Faulted, result.Instance!.Status);
        Assert.Equal("invalidDates", result.Instance.FaultActivity);
        Assert.Contains("早于开始日期", result.Instance.FaultMessage, StringComparison.Ordinal);
        Assert.Contains("before it starts", result.Instance.FaultMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Journal, e => e.Event == JournalEvents.TaskCreated);
        Assert.Empty(mails);
    }

    private static WorkflowDefinition Load() =>
        DefinitionSerializer.Read(File.ReadAllBytes(DefinitionPath)).Definition ?? throw new InvalidOperationException($"{DefinitionPath} cannot be read");

    private static (SimulationResult Result, IReadOnlyList<MailMessage> Mails) Simulate(string script)
    {
        var simulator = new WorkflowSimulator(Load(), Start);
        var result = simulator.Run(SimulationScript.Parse(File.ReadAllText(Path.Combine(ScriptDirectory, script))));
        return (result, [.. ((InMemoryMailOutbox)simulator.Host.Outbox).Messages]);
    }

    private static JournalEntry Single(IReadOnlyList<JournalEntry> journal, string journalEvent, string activity) =>
        Assert.Single(journal, e => e.Event == journalEvent && e.Activity == activity);

    private static int IndexOf(IReadOnlyList<JournalEntry> journal, JournalEntry entry)
    {
        for (var i = 0; i < journal.Count; i++)
        {
            if (ReferenceEquals(journal[i], entry))
                return i;
        }

        return -1;
    }
}
