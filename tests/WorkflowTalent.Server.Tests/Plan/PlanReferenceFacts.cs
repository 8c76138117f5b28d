using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkflowTalent.Server.Plan;
using WorkflowTalent.Server.Tests.Support;

namespace WorkflowTalent.Server.Tests.Plan;

/// <summary>The plan's reference data: seeded from the Yuxi seed on first start, read by officials, corrected by administrators.</summary>
public abstract class PlanReferenceFacts<TFixture>(TFixture service) : IClassFixture<TFixture> where TFixture : ServiceFixture
{
    private static readonly string[] EthnicCounties = ["峨山彝族自治县", "新平彝族傣族自治县", "元江哈尼族彝族傣族自治县"];

    [Fact]
    public async Task Reference_IsSeededWithNineCountiesThreeEthnic_AndRemoteTownships_R3_4()
    {
        var reference = JsonNode.Parse(await (await service.SignInAsync("eshan.org")).GetStringAsync("/api/plan/reference"))!;

        var counties = reference["counties"]!.AsArray();
        Assert.Equal(9, counties.Count);
        Assert.Equal("红塔区", (string?)counties[0]!["name"]);
        Assert.Equal(EthnicCounties, counties.Where(c => (bool)c!["isEthnicAutonomous"]!).Select(c => (string?)c!["name"]));
        var xinping = counties.Single(c => (string?)c!["name"] == "新平彝族傣族自治县")!;
        Assert.Equal(5, (int)xinping["remoteTownshipCount"]!);
        Assert.Equal(12, xinping["townships"]!.AsArray().Count);
        Assert.True((bool)xinping["townships"]!.AsArray().Single(t => (string?)t!["name"] == "者竜乡")!["isRemote"]!);
        var hongta = counties.Single(c => (string?)c!["name"] == "红塔区")!;
        Assert.Equal(2, (int)hongta["remoteTownshipCount"]!);
    }

    [Fact]
    public async Task Reference_HasTheFiveFieldsWithTheirDepartments_AndReceivingUnitsWithMentors_R3_2_R2_1()
    {
        var reference = JsonNode.Parse(await (await service.SignInAsync("hospital.unit")).GetStringAsync("/api/plan/reference"))!;

        var fields = reference["fields"]!.AsArray();
        Assert.Equal(["education", "health", "agriculture", "urban-construction-planning", "science-technology"], fields.Select(f => (string?)f!["code"]));
        var planning = fields.Single(f => (string?)f!["code"] == "urban-construction-planning")!;
        Assert.Equal(["市住房城乡建设局", "市自然资源规划局"], planning["competentDepartments"]!.AsArray().Select(d => (string?)d!["name"]));
        var hospital = reference["receivingUnits"]!.AsArray().Single(u => (string?)u!["name"] == "玉溪市人民医院")!;
        Assert.Equal(("health", "市卫生健康委"), ((string?)hospital["field"], (string?)hospital["competentDepartment"]));
        var cardiology = hospital["departments"]!.AsArray().Single(d => (string?)d!["name"] == "心内科")!;
        Assert.Equal(["李志刚", "杨丽华"], cardiology["mentors"]!.AsArray().Select(m => (string?)m!["name"]));
    }

    [Fact]
    public async Task Reference_ByATrainee_Is403()
    {
        var trainee = await service.SignInAsync("trainee.li");
        Assert.Equal(HttpStatusCode.Forbidden, (await trainee.GetAsync("/api/plan/reference")).StatusCode);
    }

    [Fact]
    public async Task EditCounty_SetsFlagsAndTownships_AndSurvivesTheSeederRunningAgain_R3_4()
    {
        var admin = await service.SignInAsync("admin");

        var response = await admin.PutAsJsonAsync("/api/plan/reference/counties/华宁县", new
        {
            isEthnicAutonomous = true,
            townships = new[]
            {
                new { name = "宁州街道", isRemote = false }, new { name = "盘溪镇", isRemote = true }, new { name = "青龙镇", isRemote = false },
                new { name = "华溪镇", isRemote = false }, new { name = "通红甸彝族苗族乡", isRemote = true }, new { name = "新设乡", isRemote = true },
            },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, (int)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["remoteTownshipCount"]!);
        await service.InScopeAsync(async services =>
        {
            await services.GetRequiredService<PlanSeeder>().SeedAsync();
            return true;
        });
        var huaning = await CountyAsync(admin, "华宁县");
        Assert.True((bool)huaning["isEthnicAutonomous"]!);
        Assert.Equal(["宁州街道", "盘溪镇", "青龙镇", "华溪镇", "通红甸彝族苗族乡", "新设乡"], huaning["townships"]!.AsArray().Select(t => (string?)t!["name"]));
        Assert.Equal(3, (int)huaning["remoteTownshipCount"]!);
        Assert.Equal(9, service.Db(db => db.PlanCounties.Count()));

        // Back to the seed, so the other facts of this class see three ethnic counties.
        await admin.PutAsJsonAsync("/api/plan/reference/counties/华宁县", new { isEthnicAutonomous = false });
        Assert.False((bool)(await CountyAsync(admin, "华宁县"))["isEthnicAutonomous"]!);
    }

    [Fact]
    public async Task EditCounty_WithARepeatedOrEmptyTownship_Is422AtItsPath_AndChangesNothing()
    {
        var admin = await service.SignInAsync("admin");

        var response = await admin.PutAsJsonAsync("/api/plan/reference/counties/易门县", new
        {
            townships = new[] { new { name = "龙泉街道", isRemote = false }, new { name = "龙泉街道", isRemote = true }, new { name = " ", isRemote = true } },
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(["townships[1].name", "townships[2].name"], problem["problems"]!.AsArray().Select(p => (string?)p!["path"]));
        Assert.Equal(7, (await CountyAsync(admin, "易门县"))["townships"]!.AsArray().Count);
    }

    [Fact]
    public async Task EditCounty_ByAnOfficialOrOfAnUnknownCounty_Is403Or404()
    {
        var official = await service.SignInAsync("city.org");
        Assert.Equal(HttpStatusCode.Forbidden, (await official.PutAsJsonAsync("/api/plan/reference/counties/通海县", new { isEthnicAutonomous = true })).StatusCode);
        var admin = await service.SignInAsync("admin");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync("/api/plan/reference/counties/昆明市", new { isEthnicAutonomous = true })).StatusCode);
    }

    [Fact]
    public async Task PutReceivingUnit_CreatesThenReplacesDepartmentsAndMentors_R6_3()
    {
        var admin = await service.SignInAsync("admin");
        var body = new
        {
            field = "health", competentDepartment = "市卫生健康委",
            departments = new[] { new { name = "内科", mentors = new[] { new { name = "段医生", title = "主任医师" } } } },
        };

        var created = await admin.PutAsJsonAsync("/api/plan/reference/receiving-units/玉溪市第二人民医院", body);
        var replaced = await admin.PutAsJsonAsync("/api/plan/reference/receiving-units/玉溪市第二人民医院", body with
        {
            departments = [new { name = "外科", mentors = new[] { new { name = "罗医生", title = "副主任医师" }, new { name = "施医生", title = "主治医师" } } }],
        });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        var reference = JsonNode.Parse(await admin.GetStringAsync("/api/plan/reference"))!;
        var unit = reference["receivingUnits"]!.AsArray().Single(u => (string?)u!["name"] == "玉溪市第二人民医院")!;
        var department = Assert.Single(unit["departments"]!.AsArray())!;
        Assert.Equal("外科", (string?)department["name"]);
        Assert.Equal(["罗医生", "施医生"], department["mentors"]!.AsArray().Select(m => (string?)m!["name"]));
        Assert.Equal(0, service.Db(db => db.PlanUnitDepartments.Count(d => d.Name == "内科" && d.ReceivingUnitId == db.PlanReceivingUnits.Single(u => u.Name == "玉溪市第二人民医院").Id)));
    }

    [Fact]
    public async Task PutReceivingUnit_WithAnotherFieldsDepartment_Is422_R2_1()
    {
        var admin = await service.SignInAsync("admin");

        var response = await admin.PutAsJsonAsync("/api/plan/reference/receiving-units/玉溪市人民医院", new
        {
            field = "health", competentDepartment = "市教育体育局",
            departments = new[] { new { name = "心内科", mentors = new[] { new { name = "李志刚", title = "" } } } },
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problems = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["problems"]!.AsArray();
        Assert.Equal(["competentDepartment", "departments[0].mentors[0].title"], problems.Select(p => (string?)p!["path"]));
        Assert.Equal("R2.1", (string?)problems[0]!["ruleId"]);
        Assert.Equal(4, service.Db(db => db.PlanUnitDepartments.Count(d => d.ReceivingUnitId == db.PlanReceivingUnits.Single(u => u.Name == "玉溪市人民医院").Id)));
    }

    [Fact]
    public async Task OpenApi_DescribesThePlanApi_UnderItsTag()
    {
        var document = JsonNode.Parse(await service.Anonymous().GetStringAsync("/openapi/v1.json"))!;

        var paths = document["paths"]!.AsObject().Select(p => p.Key).Where(p => p.StartsWith("/api/plan/", StringComparison.Ordinal)).ToList();
        Assert.Contains("/api/plan/settings", paths);
        Assert.Contains("/api/plan/batches/{year}/allocations/current", paths);
        Assert.Equal("Plan", (string?)document["paths"]!["/api/plan/reference"]!["get"]!["tags"]![0]);
    }

    private static async Task<JsonNode> CountyAsync(HttpClient client, string name) =>
        JsonNode.Parse(await client.GetStringAsync("/api/plan/reference"))!["counties"]!.AsArray().Single(c => (string?)c!["name"] == name)!;
}

public sealed class PlanReferenceFactsOnSqlite(SqliteServiceFixture service) : PlanReferenceFacts<SqliteServiceFixture>(service);

public sealed class PlanReferenceFactsOnPostgreSql(PostgreSqlServiceFixture service) : PlanReferenceFacts<PostgreSqlServiceFixture>(service);
