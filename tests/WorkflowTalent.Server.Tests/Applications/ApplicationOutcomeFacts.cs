using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence.Plan;
using WorkflowTalent.Plan.Funding;
using WorkflowTalent.Plan.Grades;
using WorkflowTalent.Server.Background;
using WorkflowTalent.Server.Tests.Background;
using WorkflowTalent.Server.Tests.Support;
using WorkflowTalent.Server.Tests.Tasks;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Server.Tests.Applications;

/// <summary>What the plan's workflows decide reaches the application in the same step: placement and funding, leave, cancellation, extension.</summary>
public abstract class ApplicationOutcomeFacts<TFixture>(TFixture service) : IClassFixture<TFixture> where TFixture : ServiceFixture
{
    [Fact]
    public async Task Selection_ApprovedThroughTheTaskApi_PlacesTheApplication_AndPaysTheReceivingUnitTenThousandYuanOnce_R6_4_R11_1()
    {
        var id = await service.PlacedAsync(2040);

        var application = await (await service.SignInAsync("eshan.org")).GetJsonAsync($"/api/plan/applications/{id}");
        Assert.Equal(("Placed", ApplicationScenario.Hospital, "急诊科", "陈建国", "县域急危重症救治"),
            ((string?)application["status"], (string?)application["receivingUnit"], (string?)application["unitDepartment"],
             (string?)application["mentor"], (string?)application["researchTopic"]));
        var hospitalId = service.Db(db => db.PlanReceivingUnits.Single(u => u.Name == ApplicationScenario.Hospital).Id);
        var entry = Assert.Single(service.Db(db => db.PlanFundingEntries.AsNoTracking().Where(e => e.ApplicationId == id).ToList()));
        Assert.Equal((2040, hospitalId, 10_000m, FundingEntryStatus.Placed), (entry.BatchYear, entry.ReceivingUnitId, entry.AmountYuan, entry.Status));
        // The receiving unit now sees its placed trainee.
        Assert.Contains(id, (await (await service.SignInAsync("hospital.unit")).GetJsonAsync("/api/plan/batches/2040/applications")).AsArray().Select(a => (string?)a!["id"]));
    }

    [Fact]
    public async Task Selection_DeclinedByTheCounty_RejectsTheApplication_WithoutFunding_R6_4()
    {
        await service.OpenRecruitingAsync(2041);
        var application = await service.RegisteredAsync(2041);
        var id = (string)application["id"]!;

        await service.SelectAsync((string)application["selectionInstanceId"]!, declineAt: "countyReview");

        var stored = service.Db(db => db.PlanApplications.AsNoTracking().Single(a => a.Id == id));
        Assert.Equal((ApplicationStatus.Rejected, (int?)null), (stored.Status, stored.ReceivingUnitId));
        Assert.False(service.Db(db => db.PlanFundingEntries.Any(e => e.ApplicationId == id)));
    }

    [Fact]
    public async Task Leave_EndingBeforeItStarts_Is422_AndStoresNothing_WhileAValidOneStarts_R15_1()
    {
        var id = await service.PlacedAsync(2042);
        var trainee = await service.SignInAsync("trainee.li");
        var before = service.Stored();

        var refused = await (await trainee.PostAsJsonAsync($"/api/plan/applications/{id}/leave",
            new { startDate = "2042-09-18", endDate = "2042-09-14", reason = "日期填反" })).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal(["R15.1"], refused["ruleIds"]!.AsArray().Select(r => (string?)r));
        Assert.Equal(before, service.Stored());
        Assert.False(service.Db(db => db.Instances.Any(i => i.CorrelationId == id && i.DefinitionId == "talent-leave")));

        // Another trainee may not ask on this trainee's behalf; the trainee themself may.
        await (await (await service.SignInAsync("trainee.he")).PostAsJsonAsync($"/api/plan/applications/{id}/leave",
            new { startDate = "2042-09-14", endDate = "2042-09-18", reason = "家中老人住院需陪护" })).ProblemAsync(HttpStatusCode.NotFound);
        var started = await (await trainee.PostAsJsonAsync($"/api/plan/applications/{id}/leave",
            new { startDate = "2042-09-14", endDate = "2042-09-18", reason = "家中老人住院需陪护" })).JsonAsync(HttpStatusCode.Created);
        var leave = service.Db(db => db.Instances.AsNoTracking().Single(i => i.Id == (string)started["instanceId"]!));
        Assert.Equal(("talent-leave", id, "trainee.li", WorkflowStatus.Waiting), (leave.DefinitionId, leave.CorrelationId, leave.StartedBy, leave.Status));
        Assert.Equal(["county", "unitHr"], service.Db(db => db.Tasks.Where(t => t.InstanceId == leave.Id).Select(t => t.ActivityId).OrderBy(a => a).ToList()));
    }

    [Fact]
    public async Task Discipline_Consented_CancelsThePlace_EndsTheTraineesCases_AndCutsTheCountysPlacesNextYear_R15_2()
    {
        var id = await service.PlacedAsync(2044);
        var manager = await service.SignInAsync("city.org");
        var reportIn = await (await manager.PostAsync($"/api/plan/applications/{id}/report-in")).JsonAsync(HttpStatusCode.Created);
        var unit = await service.SignInAsync("hospital.unit");
        // Only the unit the trainee is placed with proposes; the county may not.
        await (await (await service.SignInAsync("eshan.org")).PostAsJsonAsync($"/api/plan/applications/{id}/discipline", new { reason = "无故缺勤" })).ProblemAsync(HttpStatusCode.NotFound);

        var started = await (await unit.PostAsJsonAsync($"/api/plan/applications/{id}/discipline", new { reason = "多次无故缺勤" })).JsonAsync(HttpStatusCode.Created);
        var discipline = (string)started["instanceId"]!;
        Assert.True((await unit.CompleteAsync(service.OpenTaskId(discipline, "propose"), "Propose", new { reason = "无故缺勤累计12天" })).IsSuccessStatusCode);
        var health = await service.SignInAsync(ApplicationScenario.HealthOfficial);
        Assert.True((await health.CompleteAsync(service.OpenTaskId(discipline, "consentTask"), "Consent", new { comment = "同意取消" })).IsSuccessStatusCode);

        var stored = service.Db(db => db.PlanApplications.AsNoTracking().Single(a => a.Id == id));
        Assert.Equal(ApplicationStatus.Cancelled, stored.Status);
        Assert.Equal(FundingEntryStatus.Cancelled, service.Db(db => db.PlanFundingEntries.Single(e => e.ApplicationId == id).Status));
        Assert.Equal(WorkflowStatus.Cancelled, service.Db(db => db.Instances.Single(i => i.Id == (string)reportIn["instanceId"]!).Status));

        // R15.2: next year's allocation counts the cancellation; a year after a batch without one does not.
        await ApplicationScenario.OpenAsync(manager, 2045);
        await ApplicationScenario.OpenAsync(manager, 2043);
        var reduced = await Allocated(manager, 2045);
        var baseline = await Allocated(manager, 2043);
        Assert.Equal((1, 0), ((int)reduced["cancelledLastYear"]!, (int)baseline["cancelledLastYear"]!));
        Assert.True((int)reduced["places"]! < (int)baseline["places"]!, $"{(int)reduced["places"]!} < {(int)baseline["places"]!}");
    }

    [Fact]
    public async Task Extension_ConsentedByCountyAndUnit_ExtendsTheApplication_IntoANewOneOfTheNextBatch_R16_2()
    {
        var id = await service.PlacedAsync(2046);
        var county = await service.SignInAsync("eshan.org");
        await (await county.PostAsJsonAsync($"/api/plan/applications/{id}/extension", new { reason = "课题未完成" })).ProblemAsync(HttpStatusCode.Conflict);
        await ApplicationScenario.OpenAsync(await service.SignInAsync("city.org"), 2047);

        var started = await (await county.PostAsJsonAsync($"/api/plan/applications/{id}/extension", new { reason = "课题实验周期未完成，需延长研修" })).JsonAsync(HttpStatusCode.Created);
        var extension = (string)started["instanceId"]!;
        Assert.True((await county.CompleteAsync(service.OpenTaskId(extension, "countyConsent"), "Consent", new { comment = "同意" })).IsSuccessStatusCode);
        var unit = await service.SignInAsync("hospital.unit");
        Assert.True((await unit.CompleteAsync(service.OpenTaskId(extension, "unitConsent"), "Consent", new { comment = "同意，课题继续" })).IsSuccessStatusCode);

        Assert.Equal(ApplicationStatus.Extended, service.Db(db => db.PlanApplications.Single(a => a.Id == id).Status));
        var next = service.Db(db => db.PlanApplications.AsNoTracking().Single(a => a.ExtendedFromId == id));
        Assert.Equal((2047, ApplicationStatus.Placed), (next.BatchYear, next.Status));
        var view = await county.GetJsonAsync($"/api/plan/applications/{next.Id}");
        Assert.Equal((ApplicationScenario.Hospital, "急诊科", id), ((string?)view["receivingUnit"], (string?)view["unitDepartment"], (string?)view["extendedFromId"]));
        var entries = service.Db(db => db.PlanFundingEntries.AsNoTracking().Where(e => e.ApplicationId == id || e.ApplicationId == next.Id).OrderBy(e => e.BatchYear).ToList());
        Assert.Equal([(2046, FundingEntryStatus.Extended, (int?)null), (2047, FundingEntryStatus.Placed, 2046)],
            entries.Select(e => (e.BatchYear, e.Status, e.ExtendedFromYear)));
    }

    [Fact]
    public async Task Training_Finished_CompletesTheApplicationWithTheReceivingUnitsGrade_R14_3()
    {
        // The 2026 batch trains from 1 September 2026 (the fixture's clock) to 28 February 2027.
        var id = await service.PlacedAsync(2026);
        var started = await (await (await service.SignInAsync("city.org")).PostAsync($"/api/plan/applications/{id}/training")).JsonAsync(HttpStatusCode.Created);
        var training = (string)started["instanceId"]!;
        var unit = await service.SignInAsync("hospital.unit");
        var trainee = await service.SignInAsync("trainee.li");
        async Task Complete(HttpClient who, string activity, string outcome, object data)
        {
            var response = await who.CompleteAsync(service.OpenTaskId(training, activity), outcome, data);
            Assert.True(response.IsSuccessStatusCode, $"{activity}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        await Complete(unit, "trainingPlan", "Submit", new { goals = "掌握急危重症识别", plan = "急诊科轮转", rotation = "抢救室3个月、留观室3个月" });
        // R14.1: the registration form is a file uploaded to the training case.
        await Complete(trainee, "summaryTask", "Submit", new { summary = "六个月研修总结", registrationForm = await trainee.UploadIdAsync(training, "registration.pdf") });
        await Complete(unit, "reviewSummary", "Approve", new { comment = "同意" });
        await Complete(unit, "gradeTask", "Grade", new { grade = "合格", appraisal = "完成研修任务" });
        Assert.Equal(ApplicationStatus.Placed, service.Db(db => db.PlanApplications.Single(a => a.Id == id).Status));

        // R16.1: at the end of training the unit records the research results and the trainee returns.
        service.Clock.Advance(new DateTimeOffset(2027, 3, 1, 10, 0, 0, TimeSpan.FromHours(8)) - service.Clock.GetUtcNow());
        while (await service.RunAsync<TimerSweepJob>(job => job.RunAsync()) > 0)
        {
        }

        unit = await service.SignInAsync("hospital.unit"); // the earlier token expired meanwhile
        await Complete(unit, "recordResearch", "Record", new { researchResults = "参与市级课题1项" });
        var stored = service.Db(db => db.PlanApplications.AsNoTracking().Single(a => a.Id == id));
        Assert.Equal((ApplicationStatus.Completed, AssessmentGrade.Pass), (stored.Status, stored.Grade));
        Assert.Equal("合格", (string?)(await unit.GetJsonAsync($"/api/plan/applications/{id}"))["grade"]);
    }

    private static async Task<JsonNode> Allocated(HttpClient manager, int year)
    {
        var allocation = await (await manager.PostAsync($"/api/plan/batches/{year}/allocations")).JsonAsync(HttpStatusCode.Created);
        return allocation["lines"]!.AsArray().Single(l => (string?)l!["county"] == ApplicationScenario.Eshan)!;
    }
}

public sealed class ApplicationOutcomeFactsOnSqlite(SqliteServiceFixture service) : ApplicationOutcomeFacts<SqliteServiceFixture>(service);

public sealed class ApplicationOutcomeFactsOnPostgreSql(PostgreSqlServiceFixture service) : ApplicationOutcomeFacts<PostgreSqlServiceFixture>(service);
