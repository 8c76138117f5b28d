using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ClosedXML.Excel;
using WorkflowTalent.Documents.Layout;
using WorkflowTalent.Persistence.Plan;
using WorkflowTalent.Plan.Funding;
using WorkflowTalent.Server.Tests.Support;

namespace WorkflowTalent.Server.Tests.Documents;

/// <summary>Batches, applications and ledger lines for the document tests, and reading what the service sent.</summary>
public static class DocumentScenario
{
    public const string Eshan = "峨山彝族自治县";
    public const string Tonghai = "通海县";
    public const string Hospital = "玉溪市人民医院";
    public const string School = "玉溪第一中学";

    /// <summary>Opens the year's batch, moves it to Recruiting, computes its quota (R3.4) and returns the county's places.</summary>
    public static async Task<int> OpenRecruitingAsync(ServiceFixture service, int year, string county)
    {
        var city = await service.SignInAsync("city.org");
        Assert.Equal(HttpStatusCode.Created, (await city.PostAsJsonAsync("/api/plan/batches", new { year })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await city.PostAsJsonAsync($"/api/plan/batches/{year}/state", new { state = "Recruiting" })).StatusCode);
        var allocation = await city.PostAsync($"/api/plan/batches/{year}/allocations", null);
        Assert.Equal(HttpStatusCode.Created, allocation.StatusCode);
        var lines = JsonNode.Parse(await allocation.Content.ReadAsStringAsync())!["lines"]!.AsArray();
        return (int)lines.Single(l => (string?)l!["county"] == county)!["places"]!;
    }

    public static string AddApplication(ServiceFixture service, int year, DocumentCandidate candidate) => service.Db(db =>
    {
        var county = db.PlanCounties.Single(c => c.Name == candidate.County);
        var township = db.PlanTownships.Single(t => t.CountyId == county.Id && t.Name == candidate.Township);
        var original = db.PlanOriginalUnits.FirstOrDefault(u => u.Name == candidate.OriginalUnit && u.CountyId == county.Id)
            ?? new OriginalUnitRecord { Name = candidate.OriginalUnit, CountyId = county.Id, TownshipId = township.Id };
        if (original.Id == 0)
        {
            db.PlanOriginalUnits.Add(original);
            db.SaveChanges();
        }

        var unit = candidate.Unit is null ? null : db.PlanReceivingUnits.Single(u => u.Name == candidate.Unit);
        var department = unit is null ? null : db.PlanUnitDepartments.Single(d => d.ReceivingUnitId == unit.Id && d.Name == candidate.Department);
        var mentor = department is null ? null : db.PlanMentors.Single(m => m.UnitDepartmentId == department.Id && m.Name == candidate.Mentor);
        var application = new ApplicationRecord
        {
            Id = Guid.NewGuid().ToString("N"),
            BatchYear = year,
            CountyId = county.Id,
            TownshipId = township.Id,
            OriginalUnitId = original.Id,
            TraineeName = candidate.Name,
            TraineeUserName = candidate.TraineeUserName,
            Gender = candidate.Gender,
            BirthDate = candidate.BirthDate,
            Education = candidate.Education,
            Title = candidate.Title,
            FieldCode = candidate.FieldCode,
            Ethnicity = candidate.Ethnicity,
            IsPartyMember = candidate.PartyMember,
            RequestedReceivingUnitId = db.PlanReceivingUnits.Single(u => u.Name == candidate.RequestedUnit).Id,
            Status = candidate.Status,
            StatusChangedAt = ServiceFixture.Start,
            ReceivingUnitId = unit?.Id,
            UnitDepartmentId = department?.Id,
            MentorId = mentor?.Id,
            ResearchTopic = candidate.ResearchTopic,
            Grade = candidate.Grade,
            CreatedAt = ServiceFixture.Start,
            CreatedBy = "eshan.org",
        };
        db.PlanApplications.Add(application);
        db.SaveChanges();
        return application.Id;
    });

    /// <summary>R11.1: the payment for a placed trainee, to the receiving unit.</summary>
    public static void AddFunding(ServiceFixture service, int year, string applicationId, string unit, FundingEntryStatus status = FundingEntryStatus.Placed, DateOnly? on = null) =>
        service.Db(db =>
        {
            db.PlanFundingEntries.Add(new FundingEntryRecord
            {
                BatchYear = year,
                ReceivingUnitId = db.PlanReceivingUnits.Single(u => u.Name == unit).Id,
                ApplicationId = applicationId,
                AmountYuan = 10_000m,
                Status = status,
                StatusDate = on,
                CreatedAt = ServiceFixture.Start,
                CreatedBy = "city.org",
            });
            return db.SaveChanges();
        });

    /// <summary>A download: 200, the workbook's content type, the Chinese file name (RFC 5987), opened with ClosedXML.</summary>
    public static async Task<XLWorkbook> WorkbookAsync(HttpResponseMessage response, string fileName)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Xlsx.ContentType, response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal(fileName, disposition.FileNameStar);
        return new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
    }

    public static HttpRequestMessage Get(string uri, string? acceptLanguage = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, uri);
        if (acceptLanguage is not null)
            request.Headers.AcceptLanguage.Add(StringWithQualityHeaderValue.Parse(acceptLanguage));
        return request;
    }

    /// <summary>The values of one row, from the first column to the last used one.</summary>
    public static string[] Row(IXLWorksheet sheet, int row) =>
        [.. Enumerable.Range(1, sheet.LastColumnUsed()!.ColumnNumber()).Select(c => sheet.Cell(row, c).GetString())];
}
