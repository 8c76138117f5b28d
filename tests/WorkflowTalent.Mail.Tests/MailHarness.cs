using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.Mail;

namespace WorkflowTalent.Mail.Tests;

/// <summary>A migrated SQLite file database, a fake clock and the mail services, as a host would wire them.</summary>
internal sealed class MailHarness : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("workflowtalent-mail-").FullName;
    private readonly ServiceProvider _services;

    public MailHarness(Action<MailOptions> configure)
    {
        // Pooling off: a pooled connection would keep the file open and block deleting the folder.
        var connection = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "workflow.db"), Pooling = false };
        _services = new ServiceCollection()
            .AddSingleton<TimeProvider>(Clock)
            .AddWorkflowPersistence(DatabaseProvider.Sqlite, connection.ToString())
            .AddWorkflowMail(options =>
            {
                options.PickupDirectory = PickupDirectory;
                configure(options);
            })
            .BuildServiceProvider();
        _services.MigrateWorkflowDatabase();
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

    public string PickupDirectory => Path.Combine(_folder, "pickup");

    public void AddMails(int count)
    {
        Use(db =>
        {
            for (var i = 1; i <= count; i++)
            {
                db.OutboxMails.Add(new OutboxMail
                {
                    Id = $"mail-{i}",
                    InstanceId = "instance-1",
                    To = $"学员{i} <trainee{i}@example.cn>",
                    Subject = $"培养任务通知 {i}",
                    Body = $"<p>您好，请于本周内完成第{i}项培养任务。</p>",
                    Status = OutboxMailStatus.Pending,
                    // Apart in time, so CreatedAt orders them as numbered.
                    CreatedAt = Clock.GetUtcNow().AddSeconds(i - count),
                    NextAttemptAt = Clock.GetUtcNow(),
                });
            }

            db.SaveChanges();
        });
    }

    public async Task<int> SendDueAsync()
    {
        // A fresh scope per run, as each Hangfire job execution gets.
        using var scope = _services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxMailSender>().SendDueAsync(batchSize: 50);
    }

    public async Task<bool> ResendAsync(string id)
    {
        using var scope = _services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxMailSender>().ResendAsync(id);
    }

    public List<OutboxMail> Mails()
    {
        List<OutboxMail> mails = [];
        Use(db => mails = db.OutboxMails.OrderBy(m => m.Id).ToList());
        return mails;
    }

    public void Dispose()
    {
        _services.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private void Use(Action<WorkflowDbContext> action)
    {
        using var scope = _services.CreateScope();
        action(scope.ServiceProvider.GetRequiredService<WorkflowDbContext>());
    }
}
