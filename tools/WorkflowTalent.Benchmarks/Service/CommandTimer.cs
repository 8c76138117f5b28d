using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace WorkflowTalent.Benchmarks.Service;

/// <summary>Books every database command's time (execution to its reader's end) under the part the code is in.</summary>
internal sealed class CommandTimer(TimeBook book) : DbCommandInterceptor
{
    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Book(eventData.Duration);
        return result;
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Book(eventData.Duration);
        return result;
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Book(eventData.Duration);
        return result;
    }

    private void Book(TimeSpan duration) =>
        book.Add($"  db commands under {book.Current}", (long)(duration.TotalSeconds * Stopwatch.Frequency));
}
