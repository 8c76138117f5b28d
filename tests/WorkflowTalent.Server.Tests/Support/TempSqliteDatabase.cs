using Microsoft.Data.Sqlite;

namespace WorkflowTalent.Server.Tests.Support;

/// <summary>A SQLite database file in the temp folder, deleted with its WAL and shared-memory files.</summary>
public sealed class TempSqliteDatabase(string prefix)
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}.db");

    public string ConnectionString => new SqliteConnectionStringBuilder { DataSource = _path }.ToString();

    public void Delete()
    {
        // Pooled connections keep the file open.
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
            File.Delete(file);
    }
}
