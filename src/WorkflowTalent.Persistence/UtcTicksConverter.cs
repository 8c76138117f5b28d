using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace WorkflowTalent.Persistence;

/// <summary>A time as its UTC ticks, for SQLite, which orders integers but not DateTimeOffset text; read back with offset 0.</summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
