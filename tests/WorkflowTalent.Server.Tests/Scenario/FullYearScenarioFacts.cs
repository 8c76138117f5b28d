using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Server.Background;
using WorkflowTalent.Server.Tests.Background;
using static WorkflowTalent.Server.Tests.Scenario.PlanYear;

namespace WorkflowTalent.Server.Tests.Scenario;

/// <summary>
/// A whole year of the plan on a virtual clock, through the API on SQLite, with every e-mail delivered to a real SMTP
/// server: the 2027 batch's allocation, candidates from two counties (one refused), selection with one receiving unit
/// adjusted, report-in with one trainee late, training, a long leave that escalates, one place cancelled for
/// discipline (the county's 2028 quota falls), one extension into 2028, all four grades, the four copies, the funding
/// ledger — and each mail that should have gone, once.
/// </summary>
public sealed class FullYearScenarioFacts(PlanYearServiceFixture service) : IClassFixture<PlanYearServiceFixture>
{
    private const string Eshan = "峨山彝族自治县";
    private const string Tonghai = "通海县";
    private const string EshanHospital = "峨山彝族自治县人民医院";
    private const string TonghaiHospital = "通海县人民医院";
    private const string PeopleHospital = "玉溪市人民医院";
    private const string ChineseMedicineHospital = "玉溪市中医医院";

    private readonly PlanYear _year = new(service);

    private sealed record Trainee(string Key, string Name, string Gender, string User, string County, string Township, string Ethnicity, bool PartyMember, string Requested)
    {
        public string Email => $"{User}@trainee.example.cn";

        public string CountyOfficial => County == Eshan ? "eshan.org" : "tonghai.org";

        public string OriginalUnit => County == Eshan ? EshanHospital : TonghaiHospital;

        public string OriginalUnitOfficial => County == Eshan ? "eshan.hospital" : "tonghai.hospital";

        public string Id { get; set; } = "";
    }

    private static readonly Trainee Excellent = new("excellent", "普艳", "女", "pu.yan", Eshan, "岔河乡", "彝族", true, PeopleHospital);
    private static readonly Trainee OnLeave = new("leave", "张伟", "男", "zhang.wei", Eshan, "双江街道", "汉族", false, PeopleHospital);
    private static readonly Trainee Adjusted = new("adjusted", "李娜", "女", "li.na", Tonghai, "秀山街道", "汉族", false, ChineseMedicineHospital);
    private static readonly Trainee Failing = new("failing", "王强", "男", "wang.qiang", Tonghai, "秀山街道", "汉族", true, PeopleHospital);
    private static readonly Trainee Late = new("late", "赵敏", "女", "zhao.min", Eshan, "双江街道", "彝族", false, PeopleHospital);
    private static readonly Trainee Disciplined = new("disciplined", "陈刚", "男", "chen.gang", Eshan, "双江街道", "汉族", false, PeopleHospital);
    private static readonly Trainee Extended = new("extended", "刘洋", "男", "liu.yang", Tonghai, "秀山街道", "汉族", false, PeopleHospital);

    private static readonly Trainee[] All = [Excellent, OnLeave, Adjusted, Failing, Late, Disciplined, Extended];

    // The ones who train to the end of the batch and are graded (R14.3: all four grades).
    private static readonly (Trainee Trainee, string Grade)[] Graded =
        [(Excellent, "优秀"), (OnLeave, "合格"), (Adjusted, "基本合格"), (Failing, "不合格"), (Late, "合格"), (Extended, "合格")];

    [Fact]
    public async Task AWholeYear_ThroughTheApi_EveryRuleOnce_R3_1_R3_4_R5_1_R6_1_R6_2_R6_3_R6_4_R6_5_R10_2_R11_1_R14_2_R14_3_R14_4_R15_1_R15_2_R16_2()
    {
        await PeopleAsync();
        var quota2027 = await OpenBatchAsync(2027);
        Assert.Equal(100, quota2027.Sum(l => l.Places)); // R3.1

        await RegisterAsync();
        await SelectAsync();
        await ReportInAsync();
        await TrainAsync();

        // R15.2: the 2028 allocation takes one place from 峨山 for its cancelled trainee, and says so.
        var quota2028 = await AllocateAsync(2028);
        var eshan2027 = quota2027.Single(l => l.County == Eshan);
        var eshan2028 = quota2028.Single(l => l.County == Eshan);
        Assert.Equal((0, 1), (eshan2027.Cancelled, eshan2028.Cancelled));
        Assert.True(eshan2028.Places < eshan2027.Places, $"峨山 2027: {eshan2027.Places}, 2028: {eshan2028.Places}");
        Assert.Contains("取消 1 人", eshan2028.Explanation, StringComparison.Ordinal);

        await CheckApplicationsAsync();
        CheckFundingLedger();
        await CheckMailAsync();
    }

    private async Task PeopleAsync()
    {
        await _year.PostAsync("admin", "/api/users", new
        {
            userName = "tonghai.hospital", displayName = "通海县人民医院 人事科", email = "rsk@tonghai-hospital.example.cn",
            password = ServiceFixture_DemoPassword, role = "OriginalUnit", scope = TonghaiHospital,
        }, HttpStatusCode.Created);
        foreach (var trainee in All)
        {
            await _year.PostAsync("admin", "/api/users", new
            {
                userName = trainee.User, displayName = trainee.Name, email = trainee.Email,
                password = ServiceFixture_DemoPassword, role = "Trainee",
            }, HttpStatusCode.Created);
        }
    }

    private const string ServiceFixture_DemoPassword = Support.ServiceFixture.DemoPassword;

    private sealed record QuotaLine(string County, int Places, int Cancelled, string Explanation);

    private async Task<List<QuotaLine>> OpenBatchAsync(int year)
    {
        await _year.PostAsync("city.org", "/api/plan/batches", new { year }, HttpStatusCode.Created);
        await _year.PostAsync("city.org", $"/api/plan/batches/{year}/state", new { state = "Recruiting" });
        return await AllocateAsync(year);
    }

    private async Task<List<QuotaLine>> AllocateAsync(int year)
    {
        var allocation = await _year.PostAsync("city.org", $"/api/plan/batches/{year}/allocations", new { }, HttpStatusCode.Created);
        return [.. allocation["lines"]!.AsArray().Select(l => new QuotaLine(
            (string)l!["county"]!, (int)l["places"]!, (int)l["cancelledLastYear"]!, (string)l["explanationZh"]!))];
    }

    private async Task RegisterAsync()
    {
        // R5.1: a Han candidate of 50 from a town that is not remote is refused, naming the rule; nothing is stored.
        var refused = await _year.PostAsync("eshan.org", "/api/plan/batches/2027/applications",
            Candidate(new Trainee("refused", "马老师", "男", "ma.laoshi", Eshan, "双江街道", "汉族", false, PeopleHospital), new DateOnly(1976, 3, 1)),
            HttpStatusCode.UnprocessableEntity);
        Assert.Contains("R5.1", refused.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(0, service.Db(db => db.PlanApplications.Count()));

        foreach (var trainee in All)
        {
            var created = await _year.PostAsync(trainee.CountyOfficial, "/api/plan/batches/2027/applications",
                Candidate(trainee, new DateOnly(1994, 5, 12)), HttpStatusCode.Created);
            trainee.Id = (string)created["id"]!;
        }

        // R6.1: one county's official never sees the other's candidates.
        var seenByTonghai = (await _year.GetAsync("tonghai.org", "/api/plan/batches/2027/applications")).AsArray().Select(a => (string)a!["traineeName"]!).ToList();
        Assert.Equal(All.Where(t => t.County == Tonghai).Select(t => t.Name).Order(), seenByTonghai.Order());
    }

    private static object Candidate(Trainee trainee, DateOnly birthDate) => new
    {
        traineeName = trainee.Name, gender = trainee.Gender, traineeUserName = trainee.User, traineeEmail = trainee.Email, birthDate,
        education = "本科", title = "主治医师", field = "health", county = trainee.County, township = trainee.Township,
        originalUnit = trainee.OriginalUnit, ethnicity = trainee.Ethnicity, partyMember = trainee.PartyMember,
        requestedReceivingUnit = trainee.Requested,
    };

    private async Task SelectAsync()
    {
        foreach (var trainee in All)
        {
            await _year.CompleteAsync(trainee.Id, "recommend", trainee.OriginalUnitOfficial, "Recommend",
                new { conduct = true, backbone = true, potential = true, health = true, comment = "同意推荐" });
            var applicationForm = await _year.UploadAsync(trainee.Id, "countyReview", trainee.CountyOfficial, $"{trainee.Name}-申请表.xlsx");
            var summaryTable = await _year.UploadAsync(trainee.Id, "countyReview", trainee.CountyOfficial, "2027年汇总表.xlsx");
            await _year.CompleteAsync(trainee.Id, "countyReview", trainee.CountyOfficial, "Recommend", new { applicationForm, summaryTable });
            // R6.2: the Municipal Organisation Department adjusts 李娜 from the 中医医院 to the 人民医院.
            await _year.CompleteAsync(trainee.Id, "municipalReview", "city.org", "Pass",
                trainee == Adjusted ? new { adjustedReceivingUnit = PeopleHospital, comment = "调剂" } : new { adjustedReceivingUnit = "", comment = "资格符合" });
            await _year.CompleteAsync(trainee.Id, "placement", "health.dept", "Place", new
            {
                receivingUnit = PeopleHospital, receivingUnitEmail = "kjk@yxrmyy.example.cn", unitDepartment = "心内科",
                mentor = "李志刚", researchTopic = $"{trainee.Name}：基层高血压规范化管理",
            });
            await _year.CompleteAsync(trainee.Id, "finalApproval", "city.org", "Approve", new { comment = "同意" });
        }

        foreach (var trainee in All)
            Assert.Equal("Placed", await _year.StatusOfAsync(trainee.Id));
    }

    private async Task ReportInAsync()
    {
        await _year.AdvanceToAsync(At(2027, 7, 1));
        foreach (var trainee in All)
        {
            await _year.CompleteAsync(trainee.Id, "mobilisation", trainee.CountyOfficial, "Held", new { meetingDate = "2027-07-01" });
            await _year.CompleteAsync(trainee.Id, "setReportIn", "hospital.unit", "Set",
                new { reportInTime = "2027-08-24T09:00:00+08:00", reportInPlace = "玉溪市人民医院行政楼3楼科教科" });
        }

        // 7 and 1 days before report-in, everyone is reminded (R6.5).
        await _year.AdvanceToAsync(At(2027, 8, 24, 10));
        foreach (var trainee in All.Where(t => t != Late))
        {
            await _year.CompleteAsync(trainee.Id, "confirmArrival", "hospital.unit", "Arrived",
                new { arrivedAt = "2027-08-24", partyLetterReceived = trainee.PartyMember }); // R10.2
            await PlanTrainingAsync(trainee);
        }

        // R6.5: 赵敏 has not arrived when 30 August ends; the county allows her to come late.
        await _year.AdvanceToAsync(At(2027, 8, 31, 0, 1));
        Assert.NotNull(_year.OpenTask(Late.Id, "decideLate"));
        await _year.CompleteAsync(Late.Id, "decideLate", Late.CountyOfficial, "AllowLate", new { reason = "家中突发变故，已请示", reportBy = "2027-09-06" });
        await _year.AdvanceToAsync(At(2027, 9, 3));
        await _year.CompleteAsync(Late.Id, "confirmArrival", "hospital.unit", "Arrived", new { arrivedAt = "2027-09-03", partyLetterReceived = false });
        await PlanTrainingAsync(Late);
    }

    // R8.1: the receiving unit sets goals and plan as soon as the trainee has arrived.
    private Task PlanTrainingAsync(Trainee trainee) =>
        _year.CompleteAsync(trainee.Id, "trainingPlan", "hospital.unit", "Submit", new
        {
            goals = "掌握高血压分级诊疗", plan = "门诊、病房实践，参加科研例会", rotation = "病房3个月、门诊2个月、导管室1个月",
        });

    private async Task TrainAsync()
    {
        // R15.1: five days of leave; the county does not decide within three days, so it is reminded and the
        // Municipal Organisation Department is told; then both offices approve and it is filed.
        await _year.AdvanceToAsync(At(2027, 10, 8));
        await _year.PostAsync(OnLeave.User, $"/api/plan/applications/{OnLeave.Id}/leave",
            new { startDate = "2027-10-20", endDate = "2027-10-16", reason = "家中有事" }, HttpStatusCode.UnprocessableEntity);
        await _year.PostAsync(OnLeave.User, $"/api/plan/applications/{OnLeave.Id}/leave",
            new { startDate = "2027-10-16", endDate = "2027-10-20", reason = "家中老人住院" }, HttpStatusCode.Created);
        await _year.CompleteAsync(OnLeave.Id, "unitHr", "hospital.hr", "Approve", new { comment = "同意" });
        await _year.AdvanceToAsync(At(2027, 10, 12));
        await _year.CompleteAsync(OnLeave.Id, "county", OnLeave.CountyOfficial, "Approve", new { comment = "同意" });

        // R15.2: the receiving unit proposes cancelling 陈刚's place; the competent department consents.
        await _year.AdvanceToAsync(At(2027, 11, 2));
        await _year.PostAsync("hospital.unit", $"/api/plan/applications/{Disciplined.Id}/discipline",
            new { reason = "多次无故缺勤，经批评教育仍不改正" }, HttpStatusCode.Created);
        await _year.CompleteAsync(Disciplined.Id, "propose", "hospital.unit", "Propose", new { reason = "多次无故缺勤，经批评教育仍不改正" });
        await _year.CompleteAsync(Disciplined.Id, "consentTask", "health.dept", "Consent", new { comment = "同意取消" });
        Assert.Equal("Cancelled", await _year.StatusOfAsync(Disciplined.Id));
        Assert.Empty(_year.OpenTasks(Disciplined.Id));

        // R16.2: 刘洋's training is extended into the 2028 batch (opened, not yet allocated) with both units' consent.
        await _year.AdvanceToAsync(At(2028, 1, 5));
        await _year.PostAsync("city.org", "/api/plan/batches", new { year = 2028 }, HttpStatusCode.Created);
        await _year.PostAsync("hospital.unit", $"/api/plan/applications/{Extended.Id}/extension",
            new { reason = "课题需继续跟踪一期" }, HttpStatusCode.Created);
        await _year.CompleteAsync(Extended.Id, "countyConsent", Extended.CountyOfficial, "Consent", new { comment = "同意延期" });
        await _year.CompleteAsync(Extended.Id, "unitConsent", "hospital.unit", "Consent", new { comment = "同意延期" });

        // R14.1–R14.4: summaries before they fall due, review, the four grades, the county's follow-up plan.
        await _year.AdvanceToAsync(At(2028, 1, 20));
        foreach (var (trainee, grade) in Graded)
        {
            var registrationForm = await _year.UploadAsync(trainee.Id, "summaryTask", trainee.User, $"{trainee.Name}-考核登记表.pdf");
            await _year.CompleteAsync(trainee.Id, "summaryTask", trainee.User, "Submit",
                new { summary = $"{trainee.Name}六个月研修总结", registrationForm });
            await _year.CompleteAsync(trainee.Id, "reviewSummary", "hospital.unit", "Approve", new { comment = "同意" });
            await _year.CompleteAsync(trainee.Id, "gradeTask", "hospital.unit", "Grade", new { grade, appraisal = "研修期间表现如实鉴定" });
        }

        await _year.CompleteAsync(Excellent.Id, "followUpPlan", Excellent.CountyOfficial, "Submit", new { plan = "列为县医院心内科学科带头人后备人选" });

        // R13.1, R16.1: when each one's six months end, the research results are recorded the same day and they go home.
        var recorded = new HashSet<Trainee>();
        for (var step = 0; step < 20 && recorded.Count < Graded.Length; step++)
        {
            await _year.AdvanceToNextTimerAsync();
            foreach (var (trainee, _) in Graded.Where(g => !recorded.Contains(g.Trainee) && _year.OpenTask(g.Trainee.Id, "recordResearch") is not null))
            {
                await _year.CompleteAsync(trainee.Id, "recordResearch", "hospital.unit", "Record", new { researchResults = "发表论文1篇", intellectualProperty = "按贡献署名" });
                recorded.Add(trainee);
            }
        }

        Assert.Equal(Graded.Length, recorded.Count);
    }

    private async Task CheckApplicationsAsync()
    {
        var applications = (await _year.GetAsync("city.org", "/api/plan/batches/2027/applications")).AsArray().Cast<JsonObject>().ToList();
        var byName = applications.ToDictionary(a => (string)a["traineeName"]!);
        foreach (var (trainee, grade) in Graded.Where(g => g.Trainee != Extended))
            Assert.Equal(("Completed", grade), ((string)byName[trainee.Name]["status"]!, (string?)byName[trainee.Name]["grade"]));
        Assert.Equal("Cancelled", (string)byName[Disciplined.Name]["status"]!);
        Assert.Equal("Extended", (string)byName[Extended.Name]["status"]!);
        Assert.All(applications.Where(a => (string)a["traineeName"]! != Disciplined.Name),
            a => Assert.Equal((PeopleHospital, "心内科", "李志刚"), ((string?)a["receivingUnit"], (string?)a["unitDepartment"], (string?)a["mentor"])));

        // R16.2: 刘洋 continues in the 2028 batch.
        var next = (await _year.GetAsync("city.org", "/api/plan/batches/2028/applications")).AsArray().Cast<JsonObject>().ToList();
        var continued = Assert.Single(next);
        Assert.Equal((Extended.Name, Extended.Id), ((string)continued["traineeName"]!, (string?)continued["extendedFromId"]));
    }

    private void CheckFundingLedger()
    {
        // R11.1: 10,000 yuan to the receiving unit for each placed trainee; never to a trainee.
        var entries = service.Db(db => db.PlanFundingEntries.AsNoTracking().Where(e => e.BatchYear == 2027).ToList());
        Assert.Equal(All.Length, entries.Count);
        Assert.All(entries, e => Assert.Equal(10_000m, e.AmountYuan));
        var units = service.Db(db => db.PlanReceivingUnits.AsNoTracking().Where(u => entries.Select(e => e.ReceivingUnitId).Contains(u.Id)).Select(u => u.Name).ToList());
        Assert.Equal([PeopleHospital], units);
    }

    private sealed record Delivered(List<string> To, string Subject, string TextBody);

    private async Task CheckMailAsync()
    {
        // Every mail the year queued goes out, to the real SMTP server.
        while (await service.RunAsync<MailDispatchJob>(job => job.RunAsync()) > 0)
        {
        }

        var queued = service.Db(db => db.OutboxMails.AsNoTracking().Count());
        var messages = service.Smtp.Messages();
        Assert.Equal(queued, messages.Count);
        Assert.Equal(messages.Count, messages.Select(m => m.MessageId).Distinct().Count());
        var delivered = messages.Select(m => new Delivered(m.To.Mailboxes.Select(b => b.Address).ToList(), m.Subject ?? "", m.TextBody ?? "")).ToList();
        // Each mail once by its content: no two deliveries have the same recipients, subject and text.
        var duplicates = delivered.GroupBy(m => (To: string.Join(",", m.To), m.Subject, m.TextBody)).Where(g => g.Count() > 1).Select(g => g.Key.Subject).ToList();
        Assert.Empty(duplicates);

        // Every mail of the year by kind (the subject's words before the name): nothing missing, nothing extra.
        var kinds = delivered.GroupBy(m => Kind(m.Subject)).ToDictionary(g => g.Key, g => g.Count());
        var expected = new Dictionary<string, int>
        {
            ["入选通知"] = 7, ["研修人员审批结果"] = 7, ["接收研修人员通知"] = 7, // R6.4: trainee, county, receiving unit
            ["报到通知"] = 7, ["报到提醒"] = 14, ["未按时报到"] = 1, ["延期报到通知"] = 1, // R6.5: 7 and 1 days before; 赵敏 late
            ["培养计划"] = 7, // R8.1
            ["请假审批提醒"] = 1, ["请假审批逾期"] = 1, ["请假审批结果"] = 1, ["请假备案"] = 1, // R15.1
            ["取消研修资格通知"] = 2, // R15.2: the county and the trainee
            ["延期研修审批结果"] = 1, ["延期研修备案"] = 1, // R16.2
            ["考核登记表（玉溪市人民医院存档）"] = 6, ["考核登记表（市委组织部存档）"] = 6, // R14.2: the four copies
            ["考核登记表（峨山彝族自治县委组织部存档）"] = 3, ["考核登记表（峨山彝族自治县人民医院存档）"] = 3,
            ["考核登记表（通海县委组织部存档）"] = 3, ["考核登记表（通海县人民医院存档）"] = 3,
            ["研修期满通知"] = 6, // R16.1
        };
        Assert.Equal(expected.OrderBy(k => k.Key, StringComparer.Ordinal), kinds.OrderBy(k => k.Key, StringComparer.Ordinal));

        foreach (var trainee in All)
        {
            var theirs = delivered.Where(m => m.To.Contains(trainee.Email)).Select(m => Kind(m.Subject)).ToList();
            Assert.Equal(1, theirs.Count(k => k == "入选通知"));
            Assert.Equal(2, theirs.Count(k => k == "报到提醒"));
        }

        // R14.2, R14.3: each graded trainee's four copies carry the name and the grade.
        foreach (var (trainee, grade) in Graded)
        {
            var copies = delivered.Where(m => m.Subject.Contains("考核登记表", StringComparison.Ordinal) && m.TextBody.Contains(trainee.Name, StringComparison.Ordinal)).ToList();
            Assert.Equal(4, copies.Select(m => m.Subject).Distinct().Count());
            Assert.All(copies, m => Assert.Contains(grade, m.TextBody, StringComparison.Ordinal));
        }

        var late = Assert.Single(delivered, m => Kind(m.Subject) == "未按时报到");
        Assert.Equal(["eshan.org@yuxi.example", "city.org@yuxi.example"], late.To);
        Assert.Contains(Late.Name, late.Subject, StringComparison.Ordinal);
        Assert.Contains(OnLeave.Name, Assert.Single(delivered, m => Kind(m.Subject) == "请假审批逾期").Subject, StringComparison.Ordinal);
        Assert.Equal(["health.dept@yuxi.example"], Assert.Single(delivered, m => Kind(m.Subject) == "延期研修备案").To);
    }

    // 【玉溪市基层人才对口培养】报到提醒：2027年8月24日 … → 报到提醒
    private static string Kind(string subject)
    {
        var kind = subject[(subject.IndexOf('】', StringComparison.Ordinal) + 1)..];
        return (kind.IndexOf('：', StringComparison.Ordinal) is var colon and >= 0 ? kind[..colon] : kind).Trim();
    }
}
