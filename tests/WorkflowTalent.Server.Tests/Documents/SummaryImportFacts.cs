using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ClosedXML.Excel;
using WorkflowTalent.Documents.Layout;
using WorkflowTalent.Documents.SummaryTable;
using WorkflowTalent.Documents.Terms;
using WorkflowTalent.Persistence.Plan;
using WorkflowTalent.Server.Tests.Support;
using static WorkflowTalent.Server.Tests.Documents.DocumentScenario;

namespace WorkflowTalent.Server.Tests.Documents;

/// <summary>R6.1: a county uploads its filled 汇总表; every row is checked (R5.1, R3.4) before any is stored.</summary>
public abstract class SummaryImportFacts<TFixture>(TFixture service) : IClassFixture<TFixture> where TFixture : ServiceFixture
{
    [Fact]
    public async Task Import_AGoodTable_CreatesAnAppliedApplicationPerRow_AndStartsItsWorkflow_R6_1()
    {
        await OpenRecruitingAsync(service, 2071, Eshan);
        var eshan = await service.SignInAsync("eshan.org");

        var response = await UploadAsync(eshan, 2071, Eshan, Table(2071, Candidate(2071, "普艳"), Candidate(2071, "李华", "岔河乡", remote: true, age: 38, ethnicity: "汉族") with { WorkUnit = "岔河乡卫生院" }));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal([("普艳", 3), ("李华", 4)], body["applications"]!.AsArray().Select(a => ((string)a!["name"]!, (int)a["row"]!)));
        Assert.True((bool)body["workflowsStarted"]!);
        var stored = service.Db(db => (
            from a in db.PlanApplications
            join t in db.PlanTownships on a.TownshipId equals t.Id
            join o in db.PlanOriginalUnits on a.OriginalUnitId equals o.Id
            join u in db.PlanReceivingUnits on a.RequestedReceivingUnitId equals u.Id
            where a.BatchYear == 2071
            orderby a.TraineeName
            select new { a.TraineeName, a.Status, a.Gender, a.BirthDate, a.Education, a.FieldCode, a.Ethnicity, a.IsPartyMember, a.Title, Township = t.Name, Unit = o.Name, Requested = u.Name, a.CreatedBy, a.SelectionInstanceId })
            .ToList());
        Assert.Equal(2, stored.Count);
        var pu = stored.Single(a => a.TraineeName == "普艳");
        Assert.Equal((ApplicationStatus.Applied, new DateOnly(2041, 3, 1), WorkflowTalent.Plan.Eligibility.EducationLevel.Bachelor, "health", "彝族", true, "主治医师"),
            (pu.Status, pu.BirthDate, pu.Education, pu.FieldCode, pu.Ethnicity, pu.IsPartyMember, pu.Title));
        Assert.Equal(("双江街道", "峨山县人民医院", Hospital, "eshan.org"), (pu.Township, pu.Unit, pu.Requested, pu.CreatedBy));
        // R6.1: the table's 性别 is stored with the application.
        Assert.All(stored, a => Assert.Equal(WorkflowTalent.Persistence.Plan.Gender.Female, a.Gender));
        Assert.Equal(("岔河乡", "汉族", "岔河乡卫生院"), (stored.Single(a => a.TraineeName == "李华").Township, stored.Single(a => a.TraineeName == "李华").Ethnicity, stored.Single(a => a.TraineeName == "李华").Unit));
        // R6.1: each candidate's selection workflow runs from registration on.
        Assert.All(stored, a => Assert.NotNull(a.SelectionInstanceId));

        // What was imported is what the county downloads.
        using var workbook = await WorkbookAsync(await eshan.GetAsync($"/api/plan/batches/2071/counties/{Eshan}/summary.xlsx"), $"{Eshan}2071年基层人才对口培养计划人选汇总表.xlsx");
        Assert.Equal(("普艳", "李华"), (workbook.Worksheet(1).Cell(3, 2).GetString(), workbook.Worksheet(1).Cell(4, 2).GetString()));
    }

    [Fact]
    public async Task Import_ABrokenDate_Is422_NamingItsRowAndColumn_AndStoresNothing_R6_1()
    {
        await OpenRecruitingAsync(service, 2072, Eshan);
        var table = Edit(Table(2072, Candidate(2072, "普艳"), Candidate(2072, "李华")), sheet => sheet.Cell(4, 5).Value = "1990-13");

        var response = await UploadAsync(await service.SignInAsync("eshan.org"), 2072, Eshan, table);

        var problem = Assert.Single(await ProblemsAsync(response));
        Assert.Equal((4, "出生年月"), ((int?)problem["row"], (string?)problem["column"]));
        Assert.Equal("第 4 行「出生年月」：'1990-13' 不是有效日期（yyyy-MM）", (string?)problem["message"]);
        Assert.StartsWith("Row 4, \"Date of birth\"", (string?)problem["messageEn"], StringComparison.Ordinal);
        Assert.Equal(0, service.Db(db => db.PlanApplications.Count(a => a.BatchYear == 2072)));
    }

    [Fact]
    public async Task Import_MoreCandidatesThanTheCountysPlaces_Is422_NamingTheCounty_AndStoresNothing_R3_4()
    {
        var places = await OpenRecruitingAsync(service, 2073, Eshan);
        var rows = Enumerable.Range(1, places + 1).Select(i => Candidate(2073, $"候选人{i:D2}")).ToArray();

        var response = await UploadAsync(await service.SignInAsync("eshan.org"), 2073, Eshan, Table(2073, rows));

        var problem = Assert.Single(await ProblemsAsync(response));
        Assert.Equal("R3.4", (string?)problem["ruleId"]);
        Assert.StartsWith($"{Eshan}本批次名额 {places} 人，推荐 {places + 1} 人，超出名额", (string?)problem["message"], StringComparison.Ordinal);
        Assert.Contains("Eshan Yi Autonomous County", (string?)problem["messageEn"], StringComparison.Ordinal);
        Assert.Equal(0, service.Db(db => db.PlanApplications.Count(a => a.BatchYear == 2073)));
    }

    [Fact]
    public async Task Import_AnOverAgeCandidate_Is422_NamingR5_1_AndTheRow_AndStoresNothing_R5_1()
    {
        await OpenRecruitingAsync(service, 2074, Eshan);
        var table = Table(2074, Candidate(2074, "普艳"), Candidate(2074, "王老", age: 45, ethnicity: "汉族"));

        var response = await UploadAsync(await service.SignInAsync("eshan.org"), 2074, Eshan, table);

        var problem = Assert.Single(await ProblemsAsync(response));
        Assert.Equal(("R5.1", 4), ((string?)problem["ruleId"], (int?)problem["row"]));
        Assert.StartsWith("第 4 行（王老）：年龄 45 岁，超过 35 岁", (string?)problem["message"], StringComparison.Ordinal);
        Assert.StartsWith("Row 4 (王老): Age 45 is over 35", (string?)problem["messageEn"], StringComparison.Ordinal);
        Assert.Equal(0, service.Db(db => db.PlanApplications.Count(a => a.BatchYear == 2074)));
    }

    [Fact]
    public async Task Import_AnUnknownTownshipAndUnit_Is422_NamingEachRowAndColumn()
    {
        await OpenRecruitingAsync(service, 2075, Eshan);
        var table = Table(2075, Candidate(2075, "普艳") with { Township = "秀山街道" }, Candidate(2075, "李华") with { RequestedReceivingUnit = "昆明医院" });

        var response = await UploadAsync(await service.SignInAsync("eshan.org"), 2075, Eshan, table);

        var problems = await ProblemsAsync(response);
        Assert.Equal([(3, "所在乡镇"), (4, "申请接收单位")], problems.Select(p => ((int)p["row"]!, (string)p["column"]!)));
        Assert.Equal(0, service.Db(db => db.PlanApplications.Count(a => a.BatchYear == 2075)));
    }

    [Theory]
    [InlineData("tonghai.org")]
    [InlineData("city.org")]
    [InlineData("trainee.li")]
    public async Task Import_ByAnyoneButTheCounty_Is404_R6_1(string user)
    {
        var year = user switch { "tonghai.org" => 2076, "city.org" => 2077, _ => 2078 };
        await OpenRecruitingAsync(service, year, Eshan);

        var response = await UploadAsync(await service.SignInAsync(user), year, Eshan, Table(year, Candidate(year, "普艳")));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, service.Db(db => db.PlanApplications.Count(a => a.BatchYear == year)));
    }

    [Fact]
    public async Task Import_OfAnythingButAWorkbook_Is415_Or422()
    {
        await OpenRecruitingAsync(service, 2079, Eshan);
        var eshan = await service.SignInAsync("eshan.org");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await UploadAsync(eshan, 2079, Eshan, "姓名,性别"u8.ToArray(), "text/csv")).StatusCode);
        var problem = Assert.Single(await ProblemsAsync(await UploadAsync(eshan, 2079, Eshan, "not a zip"u8.ToArray())));
        Assert.Equal("文件不是有效的 Excel（.xlsx）文件。", (string?)problem["message"]);
    }

    private static SummaryTableRow Candidate(int year, string name, string township = "双江街道", bool remote = false, int age = 30, string ethnicity = "彝族") => new()
    {
        Name = name,
        Gender = WorkflowTalent.Documents.Terms.Gender.Female,
        Ethnicity = ethnicity,
        BirthMonth = new DateOnly(year - age, 3, 1),
        Education = EducationLevel.Bachelor,
        ProfessionalTitle = "主治医师",
        Field = ProfessionalField.Health,
        WorkUnit = "峨山县人民医院",
        Township = township,
        RemoteTownship = remote,
        PartyMember = true,
        RequestedReceivingUnit = Hospital,
    };

    private static byte[] Table(int year, params SummaryTableRow[] rows) => SummaryTableExport.ToXlsx(new CountySummaryInput(Eshan, year, 10, rows));

    private static byte[] Edit(byte[] table, Action<IXLWorksheet> edit)
    {
        using var workbook = new XLWorkbook(new MemoryStream(table));
        edit(workbook.Worksheet(1));
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, int year, string county, byte[] content, string contentType = Xlsx.ContentType)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", "汇总表.xlsx");
        return await client.PostAsync($"/api/plan/batches/{year}/counties/{county}/summary", form);
    }

    private static async Task<List<JsonNode>> ProblemsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        return [.. JsonNode.Parse(await response.Content.ReadAsStringAsync())!["problems"]!.AsArray().Select(p => p!)];
    }
}

public sealed class SummaryImportFactsOnSqlite(SqliteServiceFixture service) : SummaryImportFacts<SqliteServiceFixture>(service);

public sealed class SummaryImportFactsOnPostgreSql(PostgreSqlServiceFixture service) : SummaryImportFacts<PostgreSqlServiceFixture>(service);
