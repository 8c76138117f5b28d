using System.Data.Common;
using System.Globalization;
using System.Text;

namespace WorkflowTalent.Benchmarks.Service;

/// <summary>
/// The rows of one table as the service wrote them, read back with plain ADO.NET, so that the raw baselines and
/// the bulk seeding write exactly the same columns, values and sizes. Identity columns (the journal's and the task
/// history's <c>Id</c>) are left out: the database numbers them.
/// </summary>
internal sealed class CapturedTable
{
    private static readonly HashSet<string> IdentityTables = new(StringComparer.Ordinal) { "Journal", "TaskHistory" };

    private CapturedTable(string name, IReadOnlyList<string> columns, IReadOnlyList<Type> types, IReadOnlyList<object?[]> rows)
    {
        Name = name;
        Columns = columns;
        Types = types;
        Rows = rows;
    }

    public string Name { get; }

    public IReadOnlyList<string> Columns { get; }

    /// <summary>The CLR type the provider reads each column as (string, long, DateTime, bool …).</summary>
    public IReadOnlyList<Type> Types { get; }

    public IReadOnlyList<object?[]> Rows { get; }

    public string QuotedColumns => string.Join(", ", Columns.Select(c => $"\"{c}\""));

    public static CapturedTable Read(DbConnection connection, string table, string? where = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\"{(where is null ? "" : " WHERE " + where)}";
        using var reader = command.ExecuteReader();
        var keep = Enumerable.Range(0, reader.FieldCount)
            .Where(i => !(IdentityTables.Contains(table) && reader.GetName(i) == "Id"))
            .ToArray();
        var rows = new List<object?[]>();
        while (reader.Read())
            rows.Add([.. keep.Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i))]);
        return new CapturedTable(table, [.. keep.Select(reader.GetName)], [.. keep.Select(reader.GetFieldType)], rows);
    }

    /// <summary>Rows and bytes of text, for the documentation of what one operation writes.</summary>
    public string Describe()
    {
        var bytes = Rows.Sum(row => row.Sum(v => v is string s ? Encoding.UTF8.GetByteCount(s) : v is null ? 0 : 8));
        return string.Create(CultureInfo.InvariantCulture, $"{Name} {Rows.Count} row(s) ~{bytes:N0} B");
    }
}
