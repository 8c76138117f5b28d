using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence.Plan;
using WorkflowTalent.Server.Identity;
using WorkflowTalent.Server.Tests.Support;
using WorkflowTalent.Server.Tests.Tasks;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Server.Tests.Applications;

/// <summary>R6.1: a county registers a candidate; eligibility (R5.1, R3.2) and the county's quota (R3.4) refuse with nothing stored.</summary>
public abstract class ApplicationRegistrationFacts<TFixture>(TFixture service) : IClassFixture<TFixture> where TFixture : ServiceFixture
{
    [Fact]
    public async Task Register_StoresTheApplication_AndStartsSelection_WithTheTaskInTheOriginalUnitsInbox_R6_1()
    {
        await service.OpenRecruitingAsync(2026);
        var name = TaskScenario.Unique("李明");

        var application = await service.RegisteredAsync(2026, ApplicationScenario.Candidate(2026, name));

        var id = (string)application["id"]!;
        var instanceId = (string)application["selectionInstanceId"]!;
        Assert.Equal(("Applied", name, ApplicationScenario.Eshan, "卫生", ApplicationScenario.Hospital, "本科"),
            ((string?)application["status"], (string?)application["traineeName"], (string?)application["county"], (string?)application["field"],
             (string?)application["requestedReceivingUnit"], (string?)application["education"]));
        var instance = service.Db(db => db.Instances.AsNoTracking().Single(i => i.Id == instanceId));
        Assert.Equal(("talent-selection", id, WorkflowStatus.Waiting, "eshan.org"), (instance.DefinitionId, instance.CorrelationId, instance.Status, instance.StartedBy));
        var stored = service.Db(db => db.PlanApplications.AsNoTracking().Single(a => a.Id == id));
        Assert.Equal((ApplicationStatus.Applied, instanceId, "liming@example.cn"), (stored.Status, stored.SelectionInstanceId, stored.TraineeEmail));
        // R6.1: the forms print the gender.
        Assert.Equal((Gender.Male, "男"), (stored.Gender, (string?)application["gender"]));

        // The original unit's recommendation waits in that unit's inbox, and in no other unit's.
        var task = service.Db(db => db.Tasks.AsNoTracking().Single(t => t.InstanceId == instanceId));
        Assert.Equal(("recommend", WorkflowRoles.OriginalUnit, ApplicationScenario.EshanHospital), (task.ActivityId, task.Role, task.Scope));
        var unit = await service.SignInAsync("eshan.hospital");
        var inbox = await unit.GetJsonAsync("/api/tasks?definitionId=talent-selection&pageSize=200");
        Assert.Contains(task.Id, inbox.Ids());
        var otherUnit = await service.SignInAsync(await service.CreateOfficialAsync(WorkflowRoles.OriginalUnit, "通海县人民医院"));
        Assert.DoesNotContain(task.Id, (await otherUnit.GetJsonAsync("/api/tasks?definitionId=talent-selection&pageSize=200")).Ids());
    }

    [Theory]
    [InlineData(2033, null)]
    [InlineData(2034, "")]
    [InlineData(2035, "未知")]
    public async Task Register_WithoutAGenderOrWithAnotherValue_Is422NamingIt_AndStoresNothing_R6_1(int year, string? gender)
    {
        await service.OpenRecruitingAsync(year);
        var county = await service.SignInAsync("eshan.org");
        var before = service.Stored();

        var response = await county.RegisterAsync(year, ApplicationScenario.Candidate(year, change: c =>
        {
            if (gender is null)
                c.Remove("gender");
            else
                c["gender"] = gender;
        }));

        var problem = await response.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        var field = Assert.Single(problem["problems"]!.AsArray())!;
        Assert.Equal(("gender", "性别须为男或女"), ((string?)field["path"], (string?)field["message"]));
        Assert.Equal(before, service.Stored());
    }

    [Theory]
    [InlineData(2036, "女", Gender.Female)]
    [InlineData(2037, "female", Gender.Female)]
    [InlineData(2038, "Male", Gender.Male)]
    public async Task Register_TakesTheGenderInChineseOrEnglish_R6_1(int year, string gender, Gender stored)
    {
        await service.OpenRecruitingAsync(year);

        var application = await service.RegisteredAsync(year, ApplicationScenario.Candidate(year, change: c => c["gender"] = gender));

        Assert.Equal(stored == Gender.Male ? "男" : "女", (string?)application["gender"]);
        Assert.Equal(stored, service.Db(db => db.PlanApplications.AsNoTracking().Single(a => a.Id == (string)application["id"]!).Gender));
    }

    [Fact]
    public async Task Register_AHanCandidateOf41FromATownWithoutRemoteness_Is422NamingR5_1_AndStoresNothing_R5_1()
    {
        await service.OpenRecruitingAsync(2027);
        var county = await service.SignInAsync("eshan.org");
        var before = service.Stored();

        // 41 on the 2027 report-in deadline (30 August), Han, from a street (not remote): over the age limit of 35.
        var response = await county.RegisterAsync(2027, ApplicationScenario.Candidate(2027, change: c =>
        {
            c["birthDate"] = "1986-01-15";
            c["ethnicity"] = "汉族";
            c["originalUnit"] = "峨山县双江街道卫生院";
        }));

        var problem = await response.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        var refusal = Assert.Single(problem["refusals"]!.AsArray());
        Assert.Equal("R5.1", (string?)refusal!["ruleId"]);
        Assert.Contains("年龄 41 岁，超过 35 岁", (string?)refusal["message"], StringComparison.Ordinal);
        Assert.Equal(["R5.1"], problem["ruleIds"]!.AsArray().Select(r => (string?)r));
        Assert.Equal(before, service.Stored());
    }

    [Fact]
    public async Task Register_ACandidateWithSecondaryVocationalEducation_OutsideTheFiveFields_Is422NamingR5_1AndR3_2_AndStoresNothing_R5_1_R3_2()
    {
        await service.OpenRecruitingAsync(2028);
        var county = await service.SignInAsync("eshan.org");
        var before = service.Stored();

        var response = await county.RegisterAsync(2028, ApplicationScenario.Candidate(2028, change: c =>
        {
            c["education"] = "中专";
            c["field"] = "finance";
        }));

        var problem = await response.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        var refusals = problem["refusals"]!.AsArray();
        Assert.Equal(["R5.1", "R3.2"], refusals.Select(r => (string?)r!["ruleId"]));
        Assert.Equal("学历须为大专及以上（R5.1），申报学历为中专", (string?)refusals[0]!["message"]);
        Assert.StartsWith("专业领域须为教育、卫生", (string?)refusals[1]!["message"], StringComparison.Ordinal);
        Assert.Equal(before, service.Stored());
    }

    [Fact]
    public async Task Register_OneOverTheCountysPlaces_IsRefusedNamingTheCounty_AndStoresNothing_R3_4()
    {
        await service.OpenRecruitingAsync(2029);
        var admin = await service.SignInAsync("admin");
        var current = await admin.GetJsonAsync("/api/plan/batches/2029/allocations/current");
        var places = (int)current["lines"]!.AsArray().Single(l => (string?)l!["county"] == "澄江市")!["places"]!;
        Assert.InRange(places, 1, 30);
        JsonObject Chengjiang() => ApplicationScenario.Candidate(2029, change: c =>
        {
            c["county"] = "澄江市";
            c["township"] = "凤麓街道";
            c["originalUnit"] = "澄江市人民医院";
        });
        for (var i = 0; i < places; i++)
            await (await admin.RegisterAsync(2029, Chengjiang())).JsonAsync(HttpStatusCode.Created);
        var before = service.Stored();

        var problem = await (await admin.RegisterAsync(2029, Chengjiang())).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal(("澄江市", places, places + 1), ((string?)problem["county"], (int)problem["places"]!, (int)problem["recommended"]!));
        Assert.Equal(["R3.4"], problem["ruleIds"]!.AsArray().Select(r => (string?)r));
        Assert.Equal($"澄江市本批次名额 {places} 人，推荐 {places + 1} 人，超出名额（R3.4、R6.1）", (string?)problem["refusals"]![0]!["message"]);
        Assert.Equal(before, service.Stored());
        Assert.Equal(places, service.Db(db => db.PlanApplications.Count(a => a.BatchYear == 2029)));
    }

    [Fact]
    public async Task Register_WhileTheBatchIsPlanning_Is409_R6_1()
    {
        await ApplicationScenario.OpenAsync(await service.SignInAsync("city.org"), 2030);
        var before = service.Stored();

        var problem = await (await (await service.SignInAsync("eshan.org")).RegisterAsync(2030, ApplicationScenario.Candidate(2030))).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("R6.1", (string?)problem["ruleId"]);
        Assert.Equal(before, service.Stored());
    }

    [Fact]
    public async Task AnotherCountysOfficial_CannotRegisterForTheCounty_NorSeeItsApplication_R4_1()
    {
        await service.OpenRecruitingAsync(2031);
        var tonghai = await service.SignInAsync("tonghai.org");
        var before = service.Stored();

        await (await tonghai.RegisterAsync(2031, ApplicationScenario.Candidate(2031))).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(before, service.Stored());

        var id = (string)(await service.RegisteredAsync(2031))["id"]!;
        await (await tonghai.GetAsync($"/api/plan/applications/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty((await tonghai.GetJsonAsync("/api/plan/batches/2031/applications")).AsArray());
        var eshan = await service.SignInAsync("eshan.org");
        Assert.Equal(id, (string?)(await eshan.GetJsonAsync($"/api/plan/applications/{id}"))["id"]);
        Assert.Equal([id], (await eshan.GetJsonAsync("/api/plan/batches/2031/applications")).AsArray().Select(a => (string?)a!["id"]));
        // A trainee sees their own application only.
        Assert.Equal([id], (await (await service.SignInAsync("trainee.li")).GetJsonAsync("/api/plan/batches/2031/applications")).AsArray().Select(a => (string?)a!["id"]));
        Assert.Empty((await (await service.SignInAsync("trainee.he")).GetJsonAsync("/api/plan/batches/2031/applications")).AsArray());
    }
}

public sealed class ApplicationRegistrationFactsOnSqlite(SqliteServiceFixture service) : ApplicationRegistrationFacts<SqliteServiceFixture>(service);

public sealed class ApplicationRegistrationFactsOnPostgreSql(PostgreSqlServiceFixture service) : ApplicationRegistrationFacts<PostgreSqlServiceFixture>(service);
