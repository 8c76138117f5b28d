using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.HumanTasks;
using WorkflowTalent.Server.Background;
using WorkflowTalent.Workflows.Time;

namespace WorkflowTalent.Server.Tests.Background;

/// <summary>
/// The before-due reminder and the deadline rules of <see cref="MailServiceFixture"/>, each once, each with its history
/// rows and its mails in the outbox.
/// </summary>
public abstract class TaskRemindersFacts<TFixture>(TFixture service) : IClassFixture<TFixture> where TFixture : MailServiceFixture
{
    [Fact]
    public async Task BeforeDueReminder_GoesToTheHoldersOnce_OneDayBeforeDue()
    {
        await service.QuiesceAsync();
        var instanceId = await service.StartShortLeaveAsync(); // the receiving unit decides, due in 3 days
        var task = service.TaskOf(instanceId, "unit");

        service.Clock.Advance(TimeSpan.FromDays(2) - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await service.RunAsync<TaskRemindersJob>(job => job.RunAsync()));
        service.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await service.RunAsync<TaskRemindersJob>(job => job.RunAsync()));
        Assert.Equal(0, await service.RunAsync<TaskRemindersJob>(job => job.RunAsync()));

        Assert.Equal(service.Clock.GetUtcNow(), service.TaskOf(instanceId, "unit").RemindedAt);
        Assert.Equal([TaskAction.Created, TaskAction.Reminded], service.History(task.Id));
        var mail = Assert.Single(service.Outbox(instanceId));
        Assert.Equal("hospital.unit@yuxi.example", mail.To);
        var due = ShanghaiTime.ToLocal(task.Due!.Value).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        Assert.Equal($"【玉溪市基层人才对口培养】待办提醒：审批 李明 的请假（2 天）（{due} 到期）", mail.Subject);
        Assert.Contains("接收单位（玉溪市人民医院）", mail.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeadlineRule_ReassignsAnUnclaimedApproval_Once()
    {
        await service.QuiesceAsync();
        var instanceId = await service.StartLongLeaveAsync();
        var county = service.TaskOf(instanceId, "county");

        service.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await service.RunAsync<TaskRemindersJob>(job => job.RunAsync()));
        Assert.Equal(0, await service.RunAsync<TaskRemindersJob>(job => job.RunAsync()));

        var reassigned = service.TaskOf(instanceId, "county");
        Assert.Equal(("eshan.org", service.Clock.GetUtcNow()), (reassigned.Assignee, reassigned.EscalatedAt));
        Assert.Equal([TaskAction.Created, TaskAction.Reminded, TaskAction.Reassigned], service.History(county.Id));
        Assert.Equal(["【玉溪市基层人才对口培养】催办：审批 李明 的请假（5 天）", "【玉溪市基层人才对口培养】转办：审批 李明 的请假（5 天）"],
            service.Outbox(instanceId).Where(m => m.To == "eshan.org@yuxi.example").Select(m => m.Subject).Order().ToList());
        Assert.Null(service.TaskOf(instanceId, "unitHr").EscalatedAt); // its rule waits two days
    }

    [Fact]
    public async Task DeadlineRule_LeavesAClaimedApprovalWithItsOfficial()
    {
        await service.QuiesceAsync();
        var instanceId = await service.StartLongLeaveAsync();
        var county = service.TaskOf(instanceId, "county");
        await service.InScopeAsync(sp => sp.GetRequiredService<WorkflowDbContext>().Tasks.Where(t => t.Id == county.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Assignee, "tonghai.org").SetProperty(t => t.ClaimedAt, service.Clock.GetUtcNow())));

        service.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await service.RunAsync<TaskRemindersJob>(job => job.RunAsync()));
        var claimed = service.TaskOf(instanceId, "county");
        Assert.Equal(("tonghai.org", (DateTimeOffset?)null), (claimed.Assignee, claimed.EscalatedAt));
        Assert.Equal([TaskAction.Created], service.History(county.Id));
    }

    [Fact]
    public async Task DeadlineRule_EscalatesAnUncompletedApproval_ToTheMunicipalOrganisationDepartment_Once()
    {
        await service.QuiesceAsync();
        var instanceId = await service.StartLongLeaveAsync();
        var unitHr = service.TaskOf(instanceId, "unitHr");

        service.Clock.Advance(TimeSpan.FromDays(2));
        await service.RunAsync<TaskRemindersJob>(job => job.RunAsync());
        Assert.Equal(0, await service.RunAsync<TaskRemindersJob>(job => job.RunAsync()));

        Assert.Equal(service.Clock.GetUtcNow(), service.TaskOf(instanceId, "unitHr").EscalatedAt);
        Assert.Null(service.TaskOf(instanceId, "unitHr").Assignee);
        // Two days before a three-day due date is also the before-due reminder's time.
        Assert.Equal([TaskAction.Created, TaskAction.Reminded, TaskAction.Reminded, TaskAction.Escalated], service.History(unitHr.Id));
        var escalation = Assert.Single(service.Outbox(instanceId), m => m.To == "city.org@yuxi.example");
        Assert.Equal("【玉溪市基层人才对口培养】逾期督办：审批 李明 的请假（5 天）", escalation.Subject);
        Assert.Contains("接收单位人事部门（玉溪市人民医院）", escalation.Body, StringComparison.Ordinal);
    }
}

public sealed class TaskRemindersFactsOnSqlite(SqliteMailServiceFixture service) : TaskRemindersFacts<SqliteMailServiceFixture>(service);

public sealed class TaskRemindersFactsOnPostgreSql(PostgreSqlMailServiceFixture service) : TaskRemindersFacts<PostgreSqlMailServiceFixture>(service);
