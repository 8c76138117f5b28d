using Npgsql;
using NpgsqlTypes;

namespace WorkflowTalent.Benchmarks.Service;

/// <summary>Bulk-writes copies of captured rows by binary COPY, each copy with its own fresh ids.</summary>
internal static class PostgresCopy
{
    public static async Task WriteAsync(NpgsqlConnection connection, CapturedTable table, IdRewriter ids, IReadOnlyList<string[]> copies)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(copies);
        var types = table.Types.Select(TypeOf).ToArray();
        await using var writer = await connection.BeginBinaryImportAsync($"COPY \"{table.Name}\" ({table.QuotedColumns}) FROM STDIN (FORMAT BINARY)");
        foreach (var newIds in copies)
        {
            foreach (var row in table.Rows)
            {
                await writer.StartRowAsync();
                for (var i = 0; i < row.Length; i++)
                {
                    if (ids.Rewrite(row[i], newIds) is { } value)
                        await writer.WriteAsync(value, types[i]);
                    else
                        await writer.WriteNullAsync();
                }
            }
        }

        await writer.CompleteAsync();
    }

    public static NpgsqlDbType TypeOf(Type type) =>
        type == typeof(string) ? NpgsqlDbType.Text
        : type == typeof(DateTime) ? NpgsqlDbType.TimestampTz
        : type == typeof(int) ? NpgsqlDbType.Integer
        : type == typeof(long) ? NpgsqlDbType.Bigint
        : type == typeof(bool) ? NpgsqlDbType.Boolean
        : type == typeof(double) ? NpgsqlDbType.Double
        : throw new NotSupportedException($"no Npgsql type for {type}");
}
