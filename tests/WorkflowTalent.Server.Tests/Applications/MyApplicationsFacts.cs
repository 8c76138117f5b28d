using System.Globalization;
using WorkflowTalent.Server.Tests.Support;
using WorkflowTalent.Server.Tests.Tasks;

namespace WorkflowTalent.Server.Tests.Applications;

/// <summary><c>GET /api/me/applications</c>: a trainee reads their own application, its batch's dates and its cases; nobody else's.</summary>
public abstract class MyApplicationsFacts<TFixture>(TFixture service) : IClassFixture<TFixture> where TFixture : ServiceFixture
{
    [Fact]
    public async Task Mine_ListsTheTraineesPlacedApplication_WithBatchDatesAndCases_R6_5()
    {
        var id = await service.PlacedAsync(2061);

        var mine = (await (await service.SignInAsync("trainee.li")).GetJsonAsync("/api/me/applications")).AsArray();

        var entry = Assert.Single(mine, a => (string?)a!["application"]!["id"] == id)!;
        Assert.Equal(("Placed", ApplicationScenario.Hospital, "急诊科", "陈建国"),
            ((string?)entry["application"]!["status"], (string?)entry["application"]!["receivingUnit"],
             (string?)entry["application"]!["unitDepartment"], (string?)entry["application"]!["mentor"]));
        var batch = service.Db(db => db.PlanBatches.Single(b => b.Year == 2061));
        Assert.Equal((batch.ReportInDeadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), batch.TrainingStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ((string?)entry["batch"]!["reportInDeadline"], (string?)entry["batch"]!["trainingStart"]));
        var selection = Assert.Single(entry["cases"]!.AsArray(), c => (string?)c!["definitionId"] == "talent-selection")!;
        Assert.Equal("Finished", (string?)selection["status"]);
    }

    [Fact]
    public async Task Mine_IsEmptyForAnotherTraineeAndForOfficials()
    {
        var id = await service.PlacedAsync(2062);

        var other = (await (await service.SignInAsync("trainee.he")).GetJsonAsync("/api/me/applications")).AsArray();
        var county = (await (await service.SignInAsync("eshan.org")).GetJsonAsync("/api/me/applications")).AsArray();

        Assert.DoesNotContain(other, a => (string?)a!["application"]!["id"] == id);
        Assert.Empty(county);
    }
}

public sealed class MyApplicationsFactsOnSqlite(SqliteServiceFixture service) : MyApplicationsFacts<SqliteServiceFixture>(service);

public sealed class MyApplicationsFactsOnPostgreSql(PostgreSqlServiceFixture service) : MyApplicationsFacts<PostgreSqlServiceFixture>(service);
