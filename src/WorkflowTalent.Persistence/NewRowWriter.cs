using System.Collections.Concurrent;
using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace WorkflowTalent.Persistence;

/// <summary>
/// Writes the rows a step creates — the instance, its journal, tasks and their history, timers, event waits, mails —
/// as one command of multi-row INSERTs (one statement per table) in the step's transaction, instead of EF Core's one
/// tracked entity and one statement each: a leave request's start creates 15 rows, and EF Core's client work per row
/// (change tracking, command building, reading back generated keys) cost more than the database's work on them
/// (docs/benchmarks.md). Tables, columns, quoting, parameter types and value conversions come from the EF model, so the
/// SQL suits every provider. Rows that change later in the scope stay tracked as stored (updates go through EF Core);
/// rows with a key the database generates (journal, task history) are append-only and leave the change tracker.
/// </summary>
internal sealed class NewRowWriter
{
    // SQL Server takes at most 2,100 parameters a command.
    private const int MaxParameters = 2000;

    private readonly ISqlGenerationHelper _sql;
    private readonly IModel _model;
    private readonly ConcurrentDictionary<Type, Table> _tables = new();

    public NewRowWriter(DbContext db)
    {
        _sql = db.GetService<ISqlGenerationHelper>();
        _model = db.Model;
    }

    /// <summary>Inserts the entities (grouped by type, in the order given), then marks them stored (or forgets them).</summary>
    public void Insert(DbContext db, IReadOnlyList<EntityEntry> added, IReadOnlyList<object> untracked)
    {
        var rows = untracked.Concat(added.Select(e => e.Entity)).GroupBy(e => e.GetType()).ToList();
        if (rows.Count == 0)
            return;
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("new rows are written inside the step's transaction");
        try
        {
            var command = NewCommand(transaction);
            var text = new StringBuilder();
            foreach (var group in rows)
            {
                var table = _tables.GetOrAdd(group.Key, type => new Table(_model.FindEntityType(type)
                    ?? throw new InvalidOperationException($"{type.Name} is not in the model"), _sql));
                var perStatement = Math.Max(1, MaxParameters / table.Columns.Count);
                foreach (var chunk in group.Chunk(perStatement))
                {
                    if (command.Parameters.Count + chunk.Length * table.Columns.Count > MaxParameters)
                    {
                        Execute(command, text);
                        command = NewCommand(transaction);
                    }

                    table.AppendInsert(text, command, chunk, _sql);
                }
            }

            Execute(command, text);
        }
        catch (DbException failure)
        {
            // The same exception SaveChanges throws, so callers tell a failed save the same way however it was written.
            throw new DbUpdateException($"inserting a step's new rows failed: {failure.Message}", failure, added);
        }

        foreach (var entry in added)
        {
            if (entry.Metadata.FindPrimaryKey()!.Properties.Any(p => p.ValueGenerated == ValueGenerated.OnAdd))
            {
                entry.State = EntityState.Detached;
                continue;
            }

            entry.State = EntityState.Unchanged;
            // The original values EF Core kept are those at Add, before the store filled the row in: what was written is.
            entry.OriginalValues.SetValues(entry.CurrentValues);
        }
    }

    private static DbCommand NewCommand(DbTransaction transaction)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        return command;
    }

    private static void Execute(DbCommand command, StringBuilder text)
    {
        using (command)
        {
            if (text.Length == 0)
                return;
#pragma warning disable CA2100 // identifiers from the EF model, values as parameters
            command.CommandText = text.ToString();
#pragma warning restore CA2100
            command.ExecuteNonQuery();
            text.Clear();
        }
    }

    /// <summary>One table's INSERT: the columns written (all but a key the store generates) and their type mappings.</summary>
    private sealed class Table
    {
        private readonly string _prefix;

        public Table(IEntityType entity, ISqlGenerationHelper sql)
        {
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            Columns = [.. entity.GetProperties().Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd))];
            Mappings = [.. Columns.Select(p => (RelationalTypeMapping)p.GetTypeMapping())];
            Getters = [.. Columns.Select(p => p.GetGetter())];
            _prefix = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", Columns.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))}) VALUES ";
        }

        public IReadOnlyList<IProperty> Columns { get; }
        private IReadOnlyList<RelationalTypeMapping> Mappings { get; }
        private IReadOnlyList<IClrPropertyGetter> Getters { get; }

        public void AppendInsert(StringBuilder text, DbCommand command, object[] rows, ISqlGenerationHelper sql)
        {
            text.Append(_prefix);
            for (var r = 0; r < rows.Length; r++)
            {
                text.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < Columns.Count; c++)
                {
                    var name = $"p{command.Parameters.Count}";
                    // The mapping converts (UTC ticks on SQLite, enum names) and types the parameter as EF Core would.
                    command.Parameters.Add(Mappings[c].CreateParameter(
                        command, sql.GenerateParameterName(name), Getters[c].GetClrValueUsingContainingEntity(rows[r]), Columns[c].IsNullable));
                    text.Append(c == 0 ? "" : ", ").Append(sql.GenerateParameterNamePlaceholder(name));
                }

                text.Append(')');
            }

            text.Append(sql.StatementTerminator).AppendLine();
        }
    }
}
