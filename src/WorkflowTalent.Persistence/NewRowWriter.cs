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
                foreach (var (filled, values) in table.Values(group))
                {
                    var columns = table.CountFilled(filled);
                    foreach (var chunk in values.Chunk(Math.Max(1, MaxParameters / columns)))
                    {
                        if (command.Parameters.Count + chunk.Length * columns > MaxParameters)
                        {
                            Execute(command, text);
                            command = NewCommand(transaction);
                        }

                        table.AppendInsert(text, command, filled, chunk, _sql);
                    }
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

    /// <summary>
    /// One table's INSERT: the columns written (all but a key the store generates) and their type mappings. A row's
    /// null values are left out of its statement (the columns default to NULL and no column has another default):
    /// a new task leaves more than half of its 25 columns empty, and a shorter statement is cheaper to parse and plan.
    /// Rows that leave out the same columns share a statement.
    /// </summary>
    private sealed class Table
    {
        private readonly string _table;
        private readonly IReadOnlyList<string> _columnNames;
        private readonly IReadOnlyList<RelationalTypeMapping> _mappings;
        private readonly IReadOnlyList<IClrPropertyGetter> _getters;
        private readonly ConcurrentDictionary<ulong, string> _prefixes = new();

        public Table(IEntityType entity, ISqlGenerationHelper sql)
        {
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            Columns = [.. entity.GetProperties().Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd))];
            _table = sql.DelimitIdentifier(table.Name, table.Schema);
            _columnNames = [.. Columns.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!))];
            _mappings = [.. Columns.Select(p => (RelationalTypeMapping)p.GetTypeMapping())];
            _getters = [.. Columns.Select(p => p.GetGetter())];
        }

        public IReadOnlyList<IProperty> Columns { get; }

        /// <summary>The rows' values, grouped by the columns they fill (a bit per column; all of them past 64 columns).</summary>
        public IEnumerable<(ulong Filled, object?[][] Rows)> Values(IEnumerable<object> entities) =>
            entities
                .Select(entity => _getters.Select(g => g.GetClrValueUsingContainingEntity(entity)).ToArray())
                .GroupBy(Filled)
                .Select(g => (g.Key, g.ToArray()));

        private ulong Filled(object?[] values)
        {
            if (values.Length > 64)
                return ulong.MaxValue;
            var filled = 0UL;
            for (var c = 0; c < values.Length; c++)
            {
                if (values[c] is not null || !Columns[c].IsNullable)
                    filled |= 1UL << c;
            }

            return filled;
        }

        private static bool IsFilled(ulong filled, int column) => filled == ulong.MaxValue || (filled & (1UL << column)) != 0;

        public int CountFilled(ulong filled) => Enumerable.Range(0, Columns.Count).Count(c => IsFilled(filled, c));

        public void AppendInsert(StringBuilder text, DbCommand command, ulong filled, object?[][] rows, ISqlGenerationHelper sql)
        {
            text.Append(_prefixes.GetOrAdd(filled, f =>
                $"INSERT INTO {_table} ({string.Join(", ", _columnNames.Where((_, c) => IsFilled(f, c)))}) VALUES "));
            for (var r = 0; r < rows.Length; r++)
            {
                text.Append(r == 0 ? "(" : ", (");
                var first = true;
                for (var c = 0; c < Columns.Count; c++)
                {
                    if (!IsFilled(filled, c))
                        continue;
                    var name = $"p{command.Parameters.Count}";
                    // The mapping converts (UTC ticks on SQLite, enum names) and types the parameter as EF Core would.
                    command.Parameters.Add(_mappings[c].CreateParameter(command, sql.GenerateParameterName(name), rows[r][c], Columns[c].IsNullable));
                    text.Append(first ? "" : ", ").Append(sql.GenerateParameterNamePlaceholder(name));
                    first = false;
                }

                text.Append(')');
            }

            text.Append(sql.StatementTerminator).AppendLine();
        }
    }
}
