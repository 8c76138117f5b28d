using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ClosedXML.Excel;
using WorkflowTalent.Documents.Layout;
using WorkflowTalent.Server.Tests.Support;

namespace WorkflowTalent.Server.Tests.Plan;

/// <summary>The reference data as a workbook: officials download it, administrators import it edited (adds and updates, never deletes).</summary>
public abstract class PlanReferenceWorkbookFacts<TFixture>(TFixture service) : IClassFixture<TFixture> where TFixture : ServiceFixture
{
    [Fact]
    public async Task Export_HoldsTheSeededReferenceData_OneSheetPerKind()
    {
        var official = await service.SignInAsync("city.org");

        using var workbook = await DownloadAsync(official);

        Assert.Equal(["县区", "乡镇", "接收单位", "科室", "导师"], workbook.Worksheets.Select(s => s.Name));
        Assert.Equal(10, workbook.Worksheet("县区").LastRowUsed().RowNumber());
        Assert.Equal(["元江哈尼族彝族傣族自治县", "是"], Row(workbook.Worksheet("县区"), 10, 2));
        Assert.Equal(["新平彝族傣族自治县", "者竜乡", "是"], Row(workbook.Worksheet("乡镇"), RowOf(workbook.Worksheet("乡镇"), 2, "者竜乡"), 3));
        Assert.Equal(["玉溪市人民医院", "卫生健康", "市卫生健康委"], Row(workbook.Worksheet("接收单位"), RowOf(workbook.Worksheet("接收单位"), 1, "玉溪市人民医院"), 3));
        Assert.Equal(["玉溪市人民医院", "心内科", "杨丽华", "副主任医师"], Row(workbook.Worksheet("导师"), RowOf(workbook.Worksheet("导师"), 3, "杨丽华"), 4));
    }

    [Fact]
    public async Task Import_OfAnEditedExport_UpdatesAFlagAndAddsATownshipAndAMentor_R3_4_R6_3()
    {
        var admin = await service.SignInAsync("admin");
        var edited = Edit(await DownloadAsync(admin), workbook =>
        {
            var townships = workbook.Worksheet("乡镇");
            townships.Cell(RowOf(townships, 2, "绿汁镇"), 3).SetValue("是");
            var next = townships.LastRowUsed().RowNumber() + 1;
            townships.Cell(next, 1).SetValue("易门县");
            townships.Cell(next, 2).SetValue("新设彝族乡");
            townships.Cell(next, 3).SetValue("是");
            var mentors = workbook.Worksheet("导师");
            next = mentors.LastRowUsed().RowNumber() + 1;
            mentors.Cell(next, 1).SetValue("玉溪市人民医院");
            mentors.Cell(next, 2).SetValue("儿科");
            mentors.Cell(next, 3).SetValue("普建华");
            mentors.Cell(next, 4).SetValue("副主任医师");
        });

        var response = await UploadAsync(admin, edited);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var changes = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal((1, 1, 0), ((int)changes["added"]!["townships"]!, (int)changes["added"]!["mentors"]!, (int)changes["added"]!["receivingUnits"]!));
        Assert.Equal((1, 0), ((int)changes["updated"]!["townships"]!, (int)changes["updated"]!["counties"]!));
        var reference = JsonNode.Parse(await admin.GetStringAsync("/api/plan/reference"))!;
        var yimen = reference["counties"]!.AsArray().Single(c => (string?)c!["name"] == "易门县")!;
        Assert.True((bool)yimen["townships"]!.AsArray().Single(t => (string?)t!["name"] == "绿汁镇")!["isRemote"]!);
        var added = yimen["townships"]!.AsArray().Last()!;
        Assert.Equal(("新设彝族乡", true), ((string?)added["name"], (bool)added["isRemote"]!));
        // R3.4: the remote count the quota tilts by follows: 4 seeded, 绿汁镇 and the new township.
        Assert.Equal(6, (int)yimen["remoteTownshipCount"]!);
        var pediatrics = reference["receivingUnits"]!.AsArray().Single(u => (string?)u!["name"] == "玉溪市人民医院")!["departments"]!.AsArray()
            .Single(d => (string?)d!["name"] == "儿科")!;
        Assert.Equal(["王晓梅", "普建华"], pediatrics["mentors"]!.AsArray().Select(m => (string?)m!["name"]));
        Assert.Equal("副主任医师", (string?)pediatrics["mentors"]![1]!["title"]);
    }

    [Fact]
    public async Task Import_LeavingRowsOut_RemovesNothing()
    {
        var admin = await service.SignInAsync("admin");
        var townships = service.Db(db => db.PlanTownships.Count());
        var mentors = service.Db(db => db.PlanMentors.Count());
        var edited = Edit(await DownloadAsync(admin), workbook =>
        {
            var sheet = workbook.Worksheet("乡镇");
            sheet.Row(RowOf(sheet, 2, "双江街道")).Delete();
            workbook.Worksheet("导师").Row(2).Delete();
        });

        var response = await UploadAsync(admin, edited);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((townships, mentors), service.Db(db => (db.PlanTownships.Count(), db.PlanMentors.Count())));
        Assert.Equal(1, service.Db(db => db.PlanTownships.Count(t => t.Name == "双江街道")));
    }

    [Fact]
    public async Task Import_WithABrokenCell_Is422_NamingSheetRowAndColumn_AndChangesNothing_R3_4()
    {
        var admin = await service.SignInAsync("admin");
        var before = await admin.GetStringAsync("/api/plan/reference");
        var row = 0;
        var edited = Edit(await DownloadAsync(admin), workbook =>
        {
            var townships = workbook.Worksheet("乡镇");
            // A good edit beside the broken one: it is not stored either.
            townships.Cell(RowOf(townships, 2, "九村镇"), 3).SetValue("否");
            row = RowOf(townships, 2, "纳古镇");
            townships.Cell(row, 3).SetValue("可能");
        });

        var response = await UploadAsync(admin, edited);

        var problem = Assert.Single(await ProblemsAsync(response));
        Assert.Equal(("乡镇", row, "边远"), ((string?)problem["sheet"], (int)problem["row"]!, (string?)problem["column"]));
        Assert.Equal($"「乡镇」第 {row} 行「边远」：'可能' 应为 是 或 否", (string?)problem["messageZh"]);
        Assert.Equal(before, await admin.GetStringAsync("/api/plan/reference"));
    }

    [Fact]
    public async Task Import_OfAnUnknownCountyOrAnotherFieldsDepartment_Is422_AndChangesNothing_R2_1()
    {
        var admin = await service.SignInAsync("admin");
        var before = await admin.GetStringAsync("/api/plan/reference");
        var unitRow = 0;
        var edited = Edit(await DownloadAsync(admin), workbook =>
        {
            var counties = workbook.Worksheet("县区");
            counties.Cell(11, 1).SetValue("昆明市");
            counties.Cell(11, 2).SetValue("否");
            var units = workbook.Worksheet("接收单位");
            unitRow = RowOf(units, 1, "玉溪市中医医院");
            units.Cell(unitRow, 3).SetValue("市教育体育局");
            var mentors = workbook.Worksheet("导师");
            mentors.Cell(RowOf(mentors, 3, "普文华"), 4).SetValue("主任医师（新）");
        });

        var response = await UploadAsync(admin, edited);

        var problems = await ProblemsAsync(response);
        Assert.Equal([("县区", 11, "名称"), ("接收单位", unitRow, "主管部门")],
            problems.Select(p => ((string?)p["sheet"], (int)p["row"]!, (string?)p["column"])));
        Assert.Contains("R2.1", (string?)problems[1]["messageZh"], StringComparison.Ordinal);
        Assert.Equal(before, await admin.GetStringAsync("/api/plan/reference"));
    }

    [Fact]
    public async Task Import_ByACountyOfficial_Is403_AndExportByATrainee_Is403()
    {
        var admin = await service.SignInAsync("admin");
        var county = await service.SignInAsync("eshan.org");
        var workbook = Bytes(await DownloadAsync(county));

        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(county, workbook)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await service.SignInAsync("trainee.li")).GetAsync("/api/plan/reference.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await UploadAsync(admin, "名称,民族自治县"u8.ToArray(), "text/csv")).StatusCode);
    }

    private static async Task<XLWorkbook> DownloadAsync(HttpClient client)
    {
        var response = await client.GetAsync("/api/plan/reference.xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Xlsx.ContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("玉溪市基层人才对口培养计划基础数据.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar);
        return new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
    }

    private static byte[] Edit(XLWorkbook workbook, Action<XLWorkbook> edit)
    {
        using (workbook)
        {
            edit(workbook);
            return Bytes(workbook);
        }
    }

    private static byte[] Bytes(XLWorkbook workbook)
    {
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static int RowOf(IXLWorksheet sheet, int column, string value) =>
        sheet.RowsUsed().Single(r => r.Cell(column).GetString() == value).RowNumber();

    private static IReadOnlyList<string> Row(IXLWorksheet sheet, int row, int columns) =>
        [.. Enumerable.Range(1, columns).Select(c => sheet.Cell(row, c).GetString())];

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] content, string contentType = Xlsx.ContentType)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", "基础数据.xlsx");
        return await client.PostAsync("/api/plan/reference/import", form);
    }

    private static async Task<List<JsonNode>> ProblemsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        return [.. JsonNode.Parse(await response.Content.ReadAsStringAsync())!["problems"]!.AsArray().Select(p => p!)];
    }
}

public sealed class PlanReferenceWorkbookFactsOnSqlite(SqliteServiceFixture service) : PlanReferenceWorkbookFacts<SqliteServiceFixture>(service);

public sealed class PlanReferenceWorkbookFactsOnPostgreSql(PostgreSqlServiceFixture service) : PlanReferenceWorkbookFacts<PostgreSqlServiceFixture>(service);
