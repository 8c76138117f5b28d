using System.Net;
using WorkflowTalent.Persistence.Plan;
using WorkflowTalent.Plan.Funding;
using WorkflowTalent.Plan.Grades;
using WorkflowTalent.Server.Tests.Support;
using static WorkflowTalent.Server.Tests.Documents.DocumentScenario;

namespace WorkflowTalent.Server.Tests.Documents;

/// <summary>The plan's documents as downloads: 汇总表 and 申请表 (R6.1), 最终名单 (R6.4), 考核登记表 (R14.1–R14.3), 经费台账 (R11.1).</summary>
public abstract class DocumentExportFacts<TFixture>(TFixture service) : IClassFixture<TFixture> where TFixture : ServiceFixture
{
    [Fact]
    public async Task SummaryTable_ListsTheCountysCandidates_AndItsPlaces_InChinese_R6_1_R3_4()
    {
        var places = await OpenRecruitingAsync(service, 2041, Eshan);
        AddApplication(service, 2041, new DocumentCandidate("普艳", Eshan) { Township = "岔河乡", PartyMember = false, Title = null });
        AddApplication(service, 2041, new DocumentCandidate("李华", Eshan) { Education = WorkflowTalent.Plan.Eligibility.EducationLevel.JuniorCollege, Gender = null });
        AddApplication(service, 2041, new DocumentCandidate("落选者", Eshan) { Status = ApplicationStatus.Rejected });
        AddApplication(service, 2041, new DocumentCandidate("赵通", Tonghai) { Township = "秀山街道", OriginalUnit = "通海县人民医院" });

        var response = await (await service.SignInAsync("eshan.org")).GetAsync($"/api/plan/batches/2041/counties/{Eshan}/summary.xlsx");

        using var workbook = await WorkbookAsync(response, $"{Eshan}2041年基层人才对口培养计划人选汇总表.xlsx");
        var sheet = workbook.Worksheet(1);
        Assert.Equal($"{Eshan} 2041年基层人才对口培养计划人选汇总表", sheet.Cell(1, 1).GetString());
        Assert.Equal(["序号", "姓名", "性别", "民族", "出生年月", "学历", "职称", "专业领域", "工作单位", "所在乡镇", "是否边远乡镇", "是否党员", "申请接收单位", "备注"], Row(sheet, 2));
        Assert.Equal(["1", "普艳", "女", "彝族", "1990-05", "大学本科", "", "卫生健康", "峨山彝族自治县人民医院", "岔河乡", "是", "否", Hospital, ""], Row(sheet, 3));
        // Registered before the gender was recorded: the box stays blank for the county to fill in.
        Assert.Equal(["2", "李华", "", "彝族", "1990-05", "大学专科", "主治医师", "卫生健康", "峨山彝族自治县人民医院", "双江街道", "否", "是", Hospital, ""], Row(sheet, 4));
        Assert.Equal($"合计：推荐 2 人；本县（市、区）名额 {places} 人", sheet.Cell(5, 1).GetString());
    }

    [Theory]
    [InlineData("?lang=en", null)]
    [InlineData("", "en-US")]
    public async Task SummaryTable_InEnglish_WhenAskedByQueryOrAcceptLanguage_HasEnglishHeaders_R6_1(string query, string? acceptLanguage)
    {
        var year = acceptLanguage is null ? 2042 : 2043;
        await OpenRecruitingAsync(service, year, Eshan);
        AddApplication(service, year, new DocumentCandidate("普艳", Eshan));

        var response = await (await service.SignInAsync("city.org")).SendAsync(Get($"/api/plan/batches/{year}/counties/{Eshan}/summary.xlsx{query}", acceptLanguage));

        using var workbook = await WorkbookAsync(response, $"{Eshan}{year}年基层人才对口培养计划人选汇总表.xlsx");
        var sheet = workbook.Worksheet(1);
        Assert.Equal("Summary", sheet.Name);
        Assert.Equal(["No.", "Name", "Gender", "Ethnicity", "Date of birth", "Education", "Professional title", "Field", "Work unit", "Township", "Remote township", "Party member", "Requested receiving unit", "Remarks"], Row(sheet, 2));
        Assert.Equal(("普艳", "Bachelor's degree", "Health", "No", "Yes"), (sheet.Cell(3, 2).GetString(), sheet.Cell(3, 6).GetString(), sheet.Cell(3, 8).GetString(), sheet.Cell(3, 11).GetString(), sheet.Cell(3, 12).GetString()));
        Assert.StartsWith("Eshan Yi Autonomous County ", sheet.Cell(1, 1).GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tonghai.org")]
    [InlineData("hospital.unit")]
    [InlineData("trainee.li")]
    public async Task SummaryTable_ForAnyoneButTheCountyAndTheCity_Is404_R6_1(string user)
    {
        var year = user switch { "tonghai.org" => 2044, "hospital.unit" => 2066, _ => 2067 };
        await OpenRecruitingAsync(service, year, Eshan);

        var response = await (await service.SignInAsync(user)).GetAsync($"/api/plan/batches/{year}/counties/{Eshan}/summary.xlsx");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ApplicationForm_PrintsTheCandidate_ForTheCounty_R6_1()
    {
        await OpenRecruitingAsync(service, 2045, Eshan);
        var id = AddApplication(service, 2045, new DocumentCandidate("普艳", Eshan) { Township = "岔河乡" });

        var response = await (await service.SignInAsync("eshan.org")).GetAsync($"/api/plan/applications/{id}/application-form.xlsx");

        using var workbook = await WorkbookAsync(response, "普艳-基层人才对口培养计划申请表.xlsx");
        var sheet = workbook.Worksheet("普艳");
        Assert.Equal("玉溪市基层人才对口培养计划申请表", sheet.Cell(1, 1).GetString());
        Assert.Equal(["姓名", "普艳", "性别", "女"], Row(sheet, 2));
        Assert.Equal(["民族", "彝族", "出生年月", "1990-05"], Row(sheet, 3));
        Assert.Equal(["政治面貌", "中共党员", "学历", "大学本科"], Row(sheet, 4));
        Assert.Equal(["职称", "主治医师", "专业领域", "卫生健康"], Row(sheet, 5));
        Assert.Equal(("工作单位", "峨山彝族自治县人民医院"), (sheet.Cell(6, 1).GetString(), sheet.Cell(6, 2).GetString()));
        Assert.Equal(["所在县（市、区）", Eshan, "所在乡镇（街道）", "岔河乡"], Row(sheet, 7));
        Assert.Equal(("申请接收单位", Hospital), (sheet.Cell(8, 1).GetString(), sheet.Cell(8, 2).GetString()));
    }

    [Fact]
    public async Task ApplicationForm_InEnglish_HasEnglishLabels_R6_1()
    {
        await OpenRecruitingAsync(service, 2046, Eshan);
        var id = AddApplication(service, 2046, new DocumentCandidate("普艳", Eshan));

        var response = await (await service.SignInAsync("city.org")).GetAsync($"/api/plan/applications/{id}/application-form.xlsx?lang=en");

        using var workbook = await WorkbookAsync(response, "普艳-基层人才对口培养计划申请表.xlsx");
        var sheet = workbook.Worksheet(1);
        Assert.Equal(["Political status", "CPC member", "Education", "Bachelor's degree"], Row(sheet, 4));
        Assert.Equal(["County (city, district)", "Eshan Yi Autonomous County", "Township (street)", "双江街道"], Row(sheet, 7));
    }

    [Theory]
    [InlineData("tonghai.org")]
    [InlineData("hospital.unit")]
    [InlineData("trainee.he")]
    public async Task ApplicationForm_OfAnotherCountysCandidate_Is404_R6_1(string user)
    {
        var year = user switch { "tonghai.org" => 2047, "hospital.unit" => 2068, _ => 2069 };
        await OpenRecruitingAsync(service, year, Eshan);
        var id = AddApplication(service, year, new DocumentCandidate("普艳", Eshan) { TraineeUserName = "trainee.li" });

        Assert.Equal(HttpStatusCode.NotFound, (await (await service.SignInAsync(user)).GetAsync($"/api/plan/applications/{id}/application-form.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await service.SignInAsync("trainee.li")).GetAsync($"/api/plan/applications/{id}/application-form.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await service.SignInAsync("eshan.org")).GetAsync("/api/plan/applications/nope/application-form.xlsx")).StatusCode);
    }

    [Fact]
    public async Task FinalList_ForTheCity_ListsPlacedTrainees_WithUnitDepartmentMentorAndTopic_R6_4()
    {
        await SeedFinalListAsync(2048);

        var response = await (await service.SignInAsync("city.org")).GetAsync("/api/plan/batches/2048/final-list.xlsx");

        using var workbook = await WorkbookAsync(response, "2048年基层人才对口培养计划研修人员最终名单.xlsx");
        var sheet = workbook.Worksheet("最终名单");
        Assert.Equal(["序号", "姓名", "选派单位（县区）", "原工作单位", "专业领域", "接收单位", "科室", "导师", "研修课题", "报到截止"], Row(sheet, 2));
        // By county in the order rules.md lists them (通海县 before 峨山), then by name.
        Assert.Equal(["1", "赵通", Tonghai, "通海县第一中学", "教育", School, "数学教研组", "马俊", "初中数学分层教学", "2048年8月30日"], Row(sheet, 3));
        Assert.Equal(["2", "普艳", Eshan, "峨山彝族自治县人民医院", "卫生健康", Hospital, "心内科", "李志刚", "高血压基层管理", "2048年8月30日"], Row(sheet, 4));
        Assert.StartsWith("研修人员须于2048年8月30日前", sheet.Cell(5, 1).GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hospital.unit", "普艳")]
    [InlineData("eshan.org", "普艳")]
    [InlineData("tonghai.org", "赵通")]
    public async Task FinalList_ForAReceivingUnitOrCounty_HoldsItsOwnTraineesOnly_R6_4(string user, string only)
    {
        var year = user switch { "hospital.unit" => 2049, "eshan.org" => 2050, _ => 2051 };
        await SeedFinalListAsync(year);

        var response = await (await service.SignInAsync(user)).GetAsync($"/api/plan/batches/{year}/final-list.xlsx?lang=en");

        using var workbook = await WorkbookAsync(response, $"{year}年基层人才对口培养计划研修人员最终名单.xlsx");
        var sheet = workbook.Worksheet("Final list");
        Assert.Equal(["No.", "Name", "Dispatching unit (county)", "Original work unit", "Field", "Receiving unit", "Department", "Mentor", "Research topic", "Report by"], Row(sheet, 2));
        Assert.Equal(only, sheet.Cell(3, 2).GetString());
        Assert.StartsWith("Trainees report", sheet.Cell(4, 1).GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FinalList_ForTheHealthCommission_HoldsTheHealthTraineesOnly_AndForATrainee_Is404_R6_4()
    {
        await SeedFinalListAsync(2052);

        var response = await (await service.SignInAsync("health.dept")).GetAsync("/api/plan/batches/2052/final-list.xlsx");

        using var workbook = await WorkbookAsync(response, "2052年基层人才对口培养计划研修人员最终名单.xlsx");
        var sheet = workbook.Worksheet(1);
        Assert.Equal(("普艳", "卫生健康"), (sheet.Cell(3, 2).GetString(), sheet.Cell(3, 5).GetString()));
        Assert.StartsWith("研修人员须于", sheet.Cell(4, 1).GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await (await service.SignInAsync("trainee.li")).GetAsync("/api/plan/batches/2052/final-list.xlsx")).StatusCode);
    }

    [Theory]
    [InlineData("trainee.li")]
    [InlineData("hospital.unit")]
    [InlineData("eshan.hospital")]
    [InlineData("eshan.org")]
    [InlineData("city.org")]
    public async Task AssessmentForm_ForTheTraineeAndTheFourCopyHolders_PrintsThePlacementAndTicksTheGrade_R14_1_R14_2_R14_3(string user)
    {
        var year = 2053 + Array.IndexOf(["trainee.li", "hospital.unit", "eshan.hospital", "eshan.org", "city.org"], user);
        await OpenRecruitingAsync(service, year, Eshan);
        var id = AddApplication(service, year, Placed("普艳", Eshan) with { TraineeUserName = "trainee.li", Grade = AssessmentGrade.Excellent });

        var response = await (await service.SignInAsync(user)).GetAsync($"/api/plan/applications/{id}/assessment-form.xlsx");

        using var workbook = await WorkbookAsync(response, "普艳-研修人员考核登记表.xlsx");
        var sheet = workbook.Worksheet("普艳");
        Assert.Equal("玉溪市基层人才对口培养计划研修人员考核登记表", sheet.Cell(1, 1).GetString());
        Assert.Equal(["姓名", "普艳", "性别", "女"], Row(sheet, 2));
        Assert.Equal(["科室", "心内科", "导师", "李志刚"], Row(sheet, 6));
        Assert.Equal(("接收单位", Hospital), (sheet.Cell(8, 1).GetString(), sheet.Cell(8, 2).GetString()));
        var end = new DateOnly(year, 9, 1).AddMonths(6).AddDays(-1);
        Assert.Equal($"{year}年9月1日 至 {end.Year}年{end.Month}月{end.Day}日", sheet.Cell(9, 2).GetString());
        Assert.Equal("高血压基层管理", sheet.Cell(10, 2).GetString());
        Assert.Equal(("考核等次", "☑ 优秀    ☐ 合格    ☐ 基本合格    ☐ 不合格"), (sheet.Cell(14, 1).GetString(), sheet.Cell(14, 2).GetString()));
        Assert.Equal("本表一式四份，原工作单位、接收单位、县区委组织部、市委组织部各一份。", sheet.Cell(16, 1).GetString());
    }

    [Theory]
    [InlineData("tonghai.org")]
    [InlineData("trainee.he")]
    [InlineData("health.dept")]
    public async Task AssessmentForm_ForAnyoneElse_Is404_R14_2(string user)
    {
        var year = user switch { "tonghai.org" => 2058, "trainee.he" => 2059, _ => 2060 };
        await OpenRecruitingAsync(service, year, Eshan);
        var id = AddApplication(service, year, Placed("普艳", Eshan) with { TraineeUserName = "trainee.li" });

        var client = await service.SignInAsync(user);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/plan/applications/{id}/assessment-form.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/plan/applications/{id}/assessment-form.html")).StatusCode);
    }

    [Fact]
    public async Task AssessmentForm_BeforePlacement_Is409_R6_3()
    {
        await OpenRecruitingAsync(service, 2061, Eshan);
        var id = AddApplication(service, 2061, new DocumentCandidate("普艳", Eshan));

        var response = await (await service.SignInAsync("eshan.org")).GetAsync($"/api/plan/applications/{id}/assessment-form.xlsx");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("R6.3", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssessmentForm_PrintView_EncodesAScriptName_AndMarksTheGrade_R14_3()
    {
        await OpenRecruitingAsync(service, 2062, Eshan);
        var id = AddApplication(service, 2062, Placed("<script>alert(1)</script>", Eshan) with { Grade = AssessmentGrade.Pass });

        var response = await (await service.SignInAsync("hospital.unit")).GetAsync($"/api/plan/applications/{id}/assessment-form.html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("text/html", "utf-8"), (response.Content.Headers.ContentType?.MediaType, response.Content.Headers.ContentType?.CharSet));
        Assert.Contains("default-src 'none'", string.Join(";", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>", html, StringComparison.Ordinal);
        Assert.Contains("☐ 优秀    ☑ 合格    ☐ 基本合格    ☐ 不合格", html, StringComparison.Ordinal);
        Assert.Contains("<th>性别</th><td>女</td>", html, StringComparison.Ordinal);
        Assert.Contains("一式四份", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssessmentForm_PrintView_InEnglish_R14_3()
    {
        await OpenRecruitingAsync(service, 2063, Eshan);
        var id = AddApplication(service, 2063, Placed("普艳", Eshan) with { Grade = AssessmentGrade.Fail });

        var html = await (await (await service.SignInAsync("city.org")).SendAsync(Get($"/api/plan/applications/{id}/assessment-form.html", "en"))).Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("☐ Excellent    ☐ Pass    ☐ Basic pass    ☑ Fail", html, StringComparison.Ordinal);
        Assert.Contains("four copies", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FundingLedger_ForTheCity_HasEveryLine_GroupedByUnit_WithTotals_R11_1()
    {
        var (pu, zhao, he) = await SeedLedgerAsync(2064);

        var response = await (await service.SignInAsync("city.org")).GetAsync("/api/plan/batches/2064/funding-ledger.xlsx");

        using var workbook = await WorkbookAsync(response, "2064年基层人才对口培养计划经费台账.xlsx");
        var sheet = workbook.Worksheet("经费台账");
        Assert.Equal(["序号", "接收单位", "研修人员", "选派县区", "金额（元）", "状态/备注"], Row(sheet, 2));
        // By unit, then by name (何 before 普 in code-point order); a cancelled place keeps its line (R15.2).
        Assert.Equal(["1", Hospital, he, Eshan, "10000", "待拨付；已取消研修资格 2064-10-15（R15.2）"], Row(sheet, 3));
        Assert.Equal(["2", Hospital, pu, Eshan, "10000", "待拨付"], Row(sheet, 4));
        Assert.Equal(($"小计：{Hospital}（2 人）", 20_000d), (sheet.Cell(5, 1).GetString(), sheet.Cell(5, 5).GetDouble()));
        Assert.Equal(["3", School, zhao, Tonghai, "10000", "待拨付"], Row(sheet, 6));
        Assert.Equal(("合计（3 人）", 30_000d), (sheet.Cell(8, 1).GetString(), sheet.Cell(8, 5).GetDouble()));
    }

    [Fact]
    public async Task FundingLedger_ForAReceivingUnit_HoldsItsOwnLinesOnly_AndForACounty_Is404_R11_1()
    {
        var (pu, _, he) = await SeedLedgerAsync(2065);

        var response = await (await service.SignInAsync("hospital.hr")).GetAsync("/api/plan/batches/2065/funding-ledger.xlsx?lang=en");

        using var workbook = await WorkbookAsync(response, "2065年基层人才对口培养计划经费台账.xlsx");
        var sheet = workbook.Worksheet("Funding ledger");
        Assert.Equal(["No.", "Receiving unit", "Trainee", "Dispatching county", "Amount (yuan)", "Status / remarks"], Row(sheet, 2));
        Assert.Equal([he, pu], [sheet.Cell(3, 3).GetString(), sheet.Cell(4, 3).GetString()]);
        Assert.Equal("Pending; place cancelled 2065-10-15 (R15.2)", sheet.Cell(3, 6).GetString());
        Assert.Equal(("Total (2 trainee(s))", 20_000d), (sheet.Cell(6, 1).GetString(), sheet.Cell(6, 5).GetDouble()));
        Assert.Equal(HttpStatusCode.NotFound, (await (await service.SignInAsync("eshan.org")).GetAsync("/api/plan/batches/2065/funding-ledger.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await service.SignInAsync("trainee.li")).GetAsync("/api/plan/batches/2065/funding-ledger.xlsx")).StatusCode);
    }

    private static DocumentCandidate Placed(string name, string county) => new(name, county)
    {
        Status = ApplicationStatus.Placed, Unit = Hospital, Department = "心内科", Mentor = "李志刚", ResearchTopic = "高血压基层管理",
    };

    private async Task SeedFinalListAsync(int year)
    {
        await OpenRecruitingAsync(service, year, Eshan);
        AddApplication(service, year, Placed("普艳", Eshan));
        AddApplication(service, year, new DocumentCandidate("赵通", Tonghai)
        {
            Status = ApplicationStatus.Placed, Township = "秀山街道", OriginalUnit = "通海县第一中学", FieldCode = "education", RequestedUnit = School,
            Unit = School, Department = "数学教研组", Mentor = "马俊", ResearchTopic = "初中数学分层教学",
        });
        // Not on the list: approved but not yet placed (R6.3), rejected.
        AddApplication(service, year, new DocumentCandidate("待安排", Eshan) { Status = ApplicationStatus.Approved });
        AddApplication(service, year, new DocumentCandidate("落选者", Eshan) { Status = ApplicationStatus.Rejected });
    }

    private async Task<(string Pu, string Zhao, string He)> SeedLedgerAsync(int year)
    {
        await OpenRecruitingAsync(service, year, Eshan);
        var pu = AddApplication(service, year, Placed("普艳", Eshan));
        var he = AddApplication(service, year, Placed("何强", Eshan) with { Status = ApplicationStatus.Cancelled });
        var zhao = AddApplication(service, year, new DocumentCandidate("赵通", Tonghai)
        {
            Status = ApplicationStatus.Placed, Township = "秀山街道", OriginalUnit = "通海县第一中学", FieldCode = "education", RequestedUnit = School,
            Unit = School, Department = "数学教研组", Mentor = "马俊", ResearchTopic = "初中数学分层教学",
        });
        AddFunding(service, year, pu, Hospital);
        AddFunding(service, year, he, Hospital, FundingEntryStatus.Cancelled, new DateOnly(year, 10, 15));
        AddFunding(service, year, zhao, School);
        return ("普艳", "赵通", "何强");
    }
}

public sealed class DocumentExportFactsOnSqlite(SqliteServiceFixture service) : DocumentExportFacts<SqliteServiceFixture>(service);

public sealed class DocumentExportFactsOnPostgreSql(PostgreSqlServiceFixture service) : DocumentExportFacts<PostgreSqlServiceFixture>(service);
