using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace WorkflowTalent.Persistence.Instances;

/// <summary>
/// Writes a step's journal rows with one multi-row INSERT in the step's transaction instead of one tracked entity
/// and one command each: a step writes several (eight for a leave request's start). Table, columns, quoting and value
/// conversions come from the EF model, so the statement suits any provider; the store uses it where commands are not
/// batched (SQLite).
/// </summary>
internal sealed class JournalWriter
{
    // SQL Server takes at most 2,100 parameters a command.
    private const int MaxParameters = 2000;

    private readonly string _table;
    private readonly IReadOnlyList<IProperty> _columns;
    private readonly string _columnList;

    public JournalWriter(DbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(JournalRecord)) ?? throw new InvalidOperationException("JournalRecord is not in the model");
        var sql = db.GetService<ISqlGenerationHelper>();
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        _table = sql.DelimitIdentifier(table.Name, table.Schema);
        // The store generates the key; every other column is written.
        _columns = [.. entity.GetProperties().Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd))];
        _columnList = string.Join(", ", _columns.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)));
    }

    public void Insert(DatabaseFacade database, IReadOnlyList<JournalRecord> rows)
    {
        if (rows.Count == 0)
            return;
        var connection = database.GetDbConnection();
        var transaction = database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("journal rows are written inside the step's transaction");
        var perCommand = Math.Max(1, MaxParameters / _columns.Count);
        for (var start = 0; start < rows.Count; start += perCommand)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var values = new List<string>();
            foreach (var row in rows.Skip(start).Take(perCommand))
            {
                var names = new List<string>(_columns.Count);
                foreach (var column in _columns)
                    names.Add(AddParameter(command, column, column.PropertyInfo!.GetValue(row)));
                values.Add($"({string.Join(", ", names)})");
            }

#pragma warning disable CA2100 // identifiers from the EF model, values as parameters
            command.CommandText = $"INSERT INTO {_table} ({_columnList}) VALUES {string.Join(", ", values)}";
#pragma warning restore CA2100
            command.ExecuteNonQuery();
        }
    }

    private static string AddParameter(DbCommand command, IProperty column, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = $"@p{command.Parameters.Count}";
        // The model's converters: UTC ticks on SQLite, offset 0 elsewhere.
        parameter.Value = (column.GetTypeMapping().Converter is { } converter && value is not null ? converter.ConvertToProvider(value) : value) ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter.ParameterName;
    }
}
