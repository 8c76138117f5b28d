using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace WorkflowTalent.Persistence;

/// <summary>Writes every time with offset 0, which PostgreSQL's timestamptz requires and keeps SQL Server's column uniform.</summary>
internal sealed class UtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    value => value.ToUniversalTime());
