using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence.Plan;
using WorkflowTalent.Server.Tests.Tasks;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Server.Tests.Applications;

/// <summary>With talent-year configured, registration starts the year, and its selection child's outcome reaches the application all the same.</summary>
public abstract class ApplicationYearFacts<TFixture>(TFixture service) : IClassFixture<TFixture> where TFixture : Support.ServiceFixture
{
    [Fact]
    public async Task Register_StartsTheYear_AndItsSelectionChildPlacesTheApplicationWithFunding_R6_4_R11_1()
    {
        await service.OpenRecruitingAsync(2026);

        var application = await service.RegisteredAsync(2026);

        var id = (string)application["id"]!;
        var year = service.Db(db => db.Instances.AsNoTracking().Single(i => i.Id == (string)application["selectionInstanceId"]!));
        Assert.Equal(("talent-year", id, (string?)null), (year.DefinitionId, year.CorrelationId, year.ParentInstanceId));
        var selection = service.InstanceOf(id, "talent-selection");
        Assert.Equal(year.Id, service.Db(db => db.Instances.Single(i => i.Id == selection).ParentInstanceId));
        await service.SelectAsync(selection);

        var stored = service.Db(db => db.PlanApplications.AsNoTracking().Single(a => a.Id == id));
        Assert.Equal(ApplicationStatus.Placed, stored.Status);
        Assert.Equal(10_000m, service.Db(db => db.PlanFundingEntries.Single(e => e.ApplicationId == id).AmountYuan));
        Assert.Equal(WorkflowStatus.Waiting, service.Db(db => db.Instances.Single(i => i.CorrelationId == id && i.DefinitionId == "talent-report-in").Status));
        // talent-year started report-in itself; the API does not start a second one.
        await (await (await service.SignInAsync("city.org")).PostAsync($"/api/plan/applications/{id}/report-in")).ProblemAsync(HttpStatusCode.Conflict);
    }
}

public sealed class ApplicationYearFactsOnSqlite(YearSqliteServiceFixture service) : ApplicationYearFacts<YearSqliteServiceFixture>(service);

public sealed class ApplicationYearFactsOnPostgreSql(YearPostgreSqlServiceFixture service) : ApplicationYearFacts<YearPostgreSqlServiceFixture>(service);
