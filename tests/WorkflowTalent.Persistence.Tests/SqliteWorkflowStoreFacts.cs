using Microsoft.Data.Sqlite;

namespace WorkflowTalent.Persistence.Tests;

/// <summary>On a SQLite file, as the embedded default runs.</summary>
public sealed class SqliteWorkflowStoreFacts : EfWorkflowStoreFacts
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"workflowtalent-{Guid.NewGuid():N}.db");

    protected override string Provider => DatabaseProvider.Sqlite;

    protected override Task<string> CreateDatabaseAsync() =>
        Task.FromResult(new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false }.ToString());

    public override Task DisposeAsync()
    {
        File.Delete(_path);
        return Task.CompletedTask;
    }
}
