using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using WorkflowTalent.Persistence.HumanTasks;
using WorkflowTalent.Server.Engine;
using WorkflowTalent.Server.Files;
using WorkflowTalent.Server.Tests.Support;
using WorkflowTalent.Server.Tests.Tasks;
using WorkflowTalent.Testing;

namespace WorkflowTalent.Server.Tests.Files;

/// <summary>Files attached to a case: upload, download, who may see them, the size limit, and the summary form that names one (R14.1).</summary>
public abstract class CaseFileFacts<TFixture>(TFixture service) : IClassFixture<TFixture> where TFixture : ServiceFixture
{
    private static readonly byte[] Registration = Encoding.UTF8.GetBytes("%PDF-1.4 考核登记表 李明");

    [Fact]
    public async Task Upload_StoresTheFile_AndItsCaseDownloadsIt()
    {
        var (instance, _) = await StartSummaryAsync();
        var trainee = await service.SignInAsync("trainee.li");

        var uploaded = await (await trainee.UploadAsync(instance, Registration, "考核登记表.pdf")).JsonAsync(HttpStatusCode.Created);
        var id = (string)uploaded["id"]!;
        Assert.Equal(("考核登记表.pdf", Registration.Length), ((string?)uploaded["name"], (int)uploaded["size"]!));

        var row = service.Db(db => db.CaseFiles.Single(f => f.Id == id));
        Assert.Equal((instance, "trainee.li", "application/pdf", Convert.ToHexStringLower(SHA256.HashData(Registration))),
            (row.InstanceId, row.UploadedBy, row.ContentType, row.Sha256));

        var unit = await service.SignInAsync("hospital.unit");
        var download = await unit.GetAsync($"/api/files/{id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Registration, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("考核登记表.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        var list = await unit.GetJsonAsync($"/api/instances/{instance}/files");
        Assert.Equal([id], list.AsArray().Select(f => (string?)f!["id"]));
    }

    [Fact]
    public async Task AnotherCounty_GetsNotFound_ForTheCaseFilesAndUploads()
    {
        var (instance, _) = await StartSummaryAsync();
        var trainee = await service.SignInAsync("trainee.li");
        var id = (string)(await (await trainee.UploadAsync(instance, Registration)).JsonAsync(HttpStatusCode.Created))["id"]!;

        var tonghai = await service.SignInAsync("tonghai.org");
        await (await tonghai.GetAsync($"/api/files/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await tonghai.GetAsync($"/api/instances/{instance}/files")).ProblemAsync(HttpStatusCode.NotFound);
        await (await tonghai.UploadAsync(instance, Registration)).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(1, service.Db(db => db.CaseFiles.Count(f => f.InstanceId == instance)));
    }

    [Fact]
    public async Task Upload_Is413_WhenTheFileIsOverTheLimit()
    {
        var (instance, _) = await StartSummaryAsync();
        var trainee = await service.SignInAsync("trainee.li");

        var problem = await (await trainee.UploadAsync(instance, new byte[CaseFiles.MaxBytes + 1])).ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("10 MB", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Equal(0, service.Db(db => db.CaseFiles.Count(f => f.InstanceId == instance)));
    }

    [Fact]
    public async Task CompleteSummary_AcceptsTheCaseFile_AndRefusesAnotherCasesFile_R14_1()
    {
        var (instance, summary) = await StartSummaryAsync();
        var (otherInstance, _) = await StartSummaryAsync();
        var trainee = await service.SignInAsync("trainee.li");
        var own = (string)(await (await trainee.UploadAsync(instance, Registration)).JsonAsync(HttpStatusCode.Created))["id"]!;
        var other = (string)(await (await trainee.UploadAsync(otherInstance, Registration)).JsonAsync(HttpStatusCode.Created))["id"]!;

        var refused = await (await trainee.CompleteAsync(summary, "Submit", new { summary = "一年研修总结", registrationForm = other })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["data.registrationForm"], refused["problems"]!.AsArray().Select(p => (string?)p!["path"]));
        await (await trainee.CompleteAsync(summary, "Submit", new { summary = "一年研修总结", registrationForm = "no-such-file" })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(HumanTaskStatus.Open, service.Db(db => db.Tasks.Single(t => t.Id == summary).Status));

        await (await trainee.CompleteAsync(summary, "Submit", new { summary = "一年研修总结", registrationForm = own })).JsonAsync();
        var row = service.Db(db => db.Tasks.Single(t => t.Id == summary));
        Assert.Equal(HumanTaskStatus.Completed, row.Status);
        Assert.Contains(own, row.DataJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EligibleOfficials_ListsTheHoldersOfTheTasksRoleAndScope()
    {
        var (_, county, _) = await service.StartLongLeaveAsync();
        var second = await service.CreateOfficialAsync("CountyOrganization", TaskScenario.Eshan, "eshan.second.");
        var eshan = await service.SignInAsync("eshan.org");

        var names = (await eshan.GetJsonAsync($"/api/tasks/{county}/officials")).AsArray().Select(o => (string?)o!["userName"]).ToList();
        Assert.Contains("eshan.org", names);
        Assert.Contains(second, names);
        Assert.DoesNotContain("tonghai.org", names);
        await (await (await service.SignInAsync("tonghai.org")).GetAsync($"/api/tasks/{county}/officials")).ProblemAsync(HttpStatusCode.NotFound);
    }

    /// <summary>A talent-training case whose unit has submitted the plan (R8.1), so the trainee's summary task is open.</summary>
    private async Task<(string Instance, string SummaryTask)> StartSummaryAsync()
    {
        var result = await service.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<WorkflowSteps>().Run(h => h.Start(TrainingInputs.DefinitionId, TrainingInputs.For()))));
        var instance = result.Instance.Id;
        var unit = await service.SignInAsync("hospital.unit");
        await (await unit.CompleteAsync(service.TaskId(instance, "trainingPlan"), "Submit", TrainingInputs.Plan())).JsonAsync();
        return (instance, service.TaskId(instance, "summaryTask"));
    }
}

public sealed class CaseFileFactsOnSqlite(SqliteServiceFixture service) : CaseFileFacts<SqliteServiceFixture>(service);

public sealed class CaseFileFactsOnPostgreSql(PostgreSqlServiceFixture service) : CaseFileFacts<PostgreSqlServiceFixture>(service);
