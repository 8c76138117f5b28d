using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace WorkflowTalent.Benchmarks.Service;

/// <summary>Keeps the SQL and parameters EF Core sends, to EXPLAIN exactly the query the service runs.</summary>
internal sealed class CommandCapture : DbCommandInterceptor
{
    public List<(string Sql, NpgsqlParameter[] Parameters)> Commands { get; } = [];

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Keep(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Keep(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Keep(DbCommand command) =>
        Commands.Add((command.CommandText, [.. command.Parameters.Cast<NpgsqlParameter>().Select(p => p.Clone())]));
}
