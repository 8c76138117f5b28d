using System.Data.Common;
using Npgsql;

namespace WorkflowTalent.Benchmarks.Service;

/// <summary>
/// The baseline of <see cref="ServiceStartBenchmarks"/>: the rows one service start wrote (instance, journal, tasks,
/// task history, timers, mails), inserted again with fresh ids by prepared INSERTs on one open connection, in one
/// transaction, committed. On PostgreSQL the INSERTs go in one batch (one round trip), as EF Core batches them; on
/// SQLite, which has no round trips, one prepared command per row.
/// </summary>
internal sealed class RawStartInserter : IDisposable
{
    private readonly DbConnection _connection;
    private readonly IdRewriter _ids;
    private readonly List<(DbParameterCollection Parameters, object?[] Row)> _rows = [];
    private readonly List<DbCommand> _commands = [];
    private readonly DbBatch? _batch;

    public RawStartInserter(DbConnection connection, IReadOnlyList<CapturedTable> tables, IdRewriter ids)
    {
        _connection = connection;
        _ids = ids;
        var first = ids.NewIds();
        if (connection.CanCreateBatch)
            _batch = connection.CreateBatch();
        foreach (var table in tables)
        {
            // Npgsql batches take positional parameters ($1 …), Microsoft.Data.Sqlite named ones.
            var values = string.Join(", ", Enumerable.Range(0, table.Columns.Count).Select(i => _batch is null ? $"@p{i}" : $"${i + 1}"));
            var sql = $"INSERT INTO \"{table.Name}\" ({table.QuotedColumns}) VALUES ({values})";
            foreach (var row in table.Rows)
            {
                DbParameterCollection parameters;
                if (_batch is not null)
                {
                    var command = _batch.CreateBatchCommand();
                    command.CommandText = sql;
                    _batch.BatchCommands.Add(command);
                    parameters = command.Parameters;
                    for (var i = 0; i < table.Columns.Count; i++)
                        parameters.Add(Parameter(null, table.Types[i], _ids.Rewrite(row[i], first)));
                }
                else
                {
                    var command = connection.CreateCommand();
                    command.CommandText = sql;
                    _commands.Add(command);
                    parameters = command.Parameters;
                    for (var i = 0; i < table.Columns.Count; i++)
                        parameters.Add(Parameter(command, table.Types[i], _ids.Rewrite(row[i], first), $"@p{i}"));
                }

                _rows.Add((parameters, row));
            }
        }

        RowCount = _rows.Count;
        if (_batch is not null)
            _batch.Prepare();
        else
            _commands.ForEach(c => c.Prepare());
    }

    public int RowCount { get; }

    /// <summary>One operation: fresh ids, every row inserted, one commit.</summary>
    public void InsertAndCommit()
    {
        var ids = _ids.NewIds();
        foreach (var (parameters, row) in _rows)
        {
            for (var i = 0; i < row.Length; i++)
                parameters[i].Value = _ids.Rewrite(row[i], ids) ?? DBNull.Value;
        }

        using var transaction = _connection.BeginTransaction();
        if (_batch is not null)
        {
            _batch.Transaction = transaction;
            _batch.ExecuteNonQuery();
        }
        else
        {
            foreach (var command in _commands)
            {
                command.Transaction = transaction;
                command.ExecuteNonQuery();
            }
        }

        transaction.Commit();
    }

    public void Dispose()
    {
        _batch?.Dispose();
        _commands.ForEach(c => c.Dispose());
    }

    private static DbParameter Parameter(DbCommand? command, Type type, object? value, string? name = null)
    {
        if (command is null)
        {
            // Npgsql needs the type of a null to prepare; these are the types the rows were read as.
            return new NpgsqlParameter { NpgsqlDbType = PostgresCopy.TypeOf(type), Value = value ?? DBNull.Value };
        }

        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        return parameter;
    }
}
