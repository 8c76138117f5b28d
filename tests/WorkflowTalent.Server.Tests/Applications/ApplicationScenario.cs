using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence.HumanTasks;
using WorkflowTalent.Server.Tests.Support;
using WorkflowTalent.Server.Tests.Tasks;

namespace WorkflowTalent.Server.Tests.Applications;

/// <summary>Builders for the application tests: recruiting batches, candidates, and selection worked through the task API.</summary>
internal static class ApplicationScenario
{
    public const string Eshan = "峨山彝族自治县";
    public const string Hospital = "玉溪市人民医院";
    public const string EshanHospital = "峨山彝族自治县人民医院";

    /// <summary>Opens the year's batch, computes its quota (R3.4) and moves it to recruiting (R6.1).</summary>
    public static async Task OpenRecruitingAsync(this ServiceFixture service, int year)
    {
        var manager = await service.SignInAsync("city.org");
        await OpenAsync(manager, year);
        Assert.Equal(HttpStatusCode.Created, (await manager.PostAsync($"/api/plan/batches/{year}/allocations", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await manager.PostAsJsonAsync($"/api/plan/batches/{year}/state", new { state = "Recruiting" })).StatusCode);
    }

    public static async Task OpenAsync(HttpClient manager, int year) =>
        Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync("/api/plan/batches", new { year })).StatusCode);

    /// <summary>
    /// An eligible health candidate of 峨山 (a Yi man, 30 on the year's report-in deadline, bachelor's degree), working at the
    /// county hospital, asking for the municipal People's Hospital; <paramref name="change"/> edits the request.
    /// </summary>
    public static JsonObject Candidate(int year, string? name = null, Action<JsonObject>? change = null)
    {
        var candidate = new JsonObject
        {
            ["traineeName"] = name ?? TaskScenario.Unique("李明"),
            ["traineeUserName"] = "trainee.li",
            ["traineeEmail"] = "liming@example.cn",
            ["gender"] = "男",
            ["birthDate"] = $"{year - 30}-05-12",
            ["education"] = "本科",
            ["title"] = "主治医师",
            ["field"] = "health",
            ["county"] = Eshan,
            ["township"] = "双江街道",
            ["originalUnit"] = EshanHospital,
            ["ethnicity"] = "彝族",
            ["partyMember"] = true,
            ["requestedReceivingUnit"] = Hospital,
        };
        change?.Invoke(candidate);
        return candidate;
    }

    public static Task<HttpResponseMessage> RegisterAsync(this HttpClient county, int year, JsonObject candidate) =>
        county.PostAsJsonAsync($"/api/plan/batches/{year}/applications", candidate);

    /// <summary>Registers <paramref name="candidate"/> as 峨山's Organisation Department and answers the application.</summary>
    public static async Task<JsonNode> RegisteredAsync(this ServiceFixture service, int year, JsonObject? candidate = null)
    {
        var county = await service.SignInAsync("eshan.org");
        return await (await county.RegisterAsync(year, candidate ?? Candidate(year))).JsonAsync(HttpStatusCode.Created);
    }

    /// <summary>The health commission's demo official, scoped as the reference data names the department (R2.1).</summary>
    public const string HealthOfficial = "health.dept";

    /// <summary>R6.1–R6.4 through the task API: unit, county, municipal review, placement at 急诊科 with 陈建国, approval.</summary>
    public static async Task SelectAsync(this ServiceFixture service, string instanceId, string? declineAt = null)
    {
        (string Activity, string User, string Outcome, object Data)[] steps =
        [
            ("recommend", "eshan.hospital", "Recommend", new { conduct = true, backbone = true, potential = true, health = true, comment = "同意推荐" }),
            ("countyReview", "eshan.org", "Recommend", new { }),
            ("municipalReview", "city.org", "Pass", new { comment = "资格符合" }),
            ("placement", HealthOfficial, "Place", new { receivingUnit = Hospital, receivingUnitEmail = "rsk@yxrmyy.example.cn", unitDepartment = "急诊科", mentor = "陈建国", researchTopic = "县域急危重症救治" }),
            ("finalApproval", "city.org", "Approve", new { comment = "同意" }),
        ];
        foreach (var (activity, user, outcome, data) in steps)
        {
            var client = await service.SignInAsync(user);
            var chosen = activity == declineAt ? "Decline" : outcome;
            // R6.1: the county attaches the application form and the summary table to the case; the form names them.
            var body = activity == "countyReview"
                ? new { applicationForm = await client.UploadIdAsync(instanceId, "application.pdf"), summaryTable = await client.UploadIdAsync(instanceId, "summary.xlsx"), comment = "同意推荐" }
                : data;
            var response = await client.CompleteAsync(service.OpenTaskId(instanceId, activity), chosen, body);
            Assert.True(response.IsSuccessStatusCode, $"{activity} by {user}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            if (chosen == "Decline")
                return;
        }
    }

    /// <summary>A candidate registered in a recruiting batch of <paramref name="year"/> and selected: status Placed.</summary>
    public static async Task<string> PlacedAsync(this ServiceFixture service, int year)
    {
        await service.OpenRecruitingAsync(year);
        var application = await service.RegisteredAsync(year);
        await service.SelectAsync((string)application["selectionInstanceId"]!);
        return (string)application["id"]!;
    }

    public static string OpenTaskId(this ServiceFixture service, string instanceId, string activityId) =>
        service.Db(db => db.Tasks.AsNoTracking().Single(t => t.InstanceId == instanceId && t.ActivityId == activityId && t.Status == HumanTaskStatus.Open).Id);

    /// <summary>The instance of <paramref name="definitionId"/> correlated to the application.</summary>
    public static string InstanceOf(this ServiceFixture service, string applicationId, string definitionId) =>
        service.Db(db => db.Instances.AsNoTracking().Single(i => i.CorrelationId == applicationId && i.DefinitionId == definitionId).Id);

    /// <summary>What was stored: applications and instances, to show a refusal stored nothing.</summary>
    public static (int Applications, int Instances, int OriginalUnits) Stored(this ServiceFixture service) =>
        service.Db(db => (db.PlanApplications.Count(), db.Instances.Count(), db.PlanOriginalUnits.Count()));
}
