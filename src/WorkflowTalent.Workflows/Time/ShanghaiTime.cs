using System.Globalization;

namespace WorkflowTalent.Workflows.Time;

/// <summary>The plan's local time: Asia/Shanghai (UTC+08:00, no daylight saving since 1991).</summary>
public static class ShanghaiTime
{
    public static readonly TimeZoneInfo Zone = FindZone();

    public static DateTimeOffset ToLocal(DateTimeOffset time) => TimeZoneInfo.ConvertTime(time, Zone);

    /// <summary>ISO 8601 with the local offset, as journals and e-mails show it: <c>2026-08-31T00:00:00+08:00</c>.</summary>
    public static string Format(DateTimeOffset time)
    {
        var local = ToLocal(time);
        return local.ToString(local.Millisecond == 0 ? "yyyy-MM-dd'T'HH:mm:sszzz" : "yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);
    }

    /// <summary>Reads a date-time; one written without an offset is local (Asia/Shanghai) time.</summary>
    public static bool TryParse(string? text, out DateTimeOffset time)
    {
        time = default;
        if (string.IsNullOrWhiteSpace(text))
            return false;
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind | DateTimeStyles.AllowWhiteSpaces, out var parsed))
            return false;
        try
        {
            time = parsed.Kind switch
            {
                DateTimeKind.Utc => new DateTimeOffset(parsed, TimeSpan.Zero),
                DateTimeKind.Local => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture),
                _ => new DateTimeOffset(parsed, Zone.GetUtcOffset(parsed)),
            };
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            // 0001-01-01 local is before the first representable UTC instant.
            return false;
        }
    }

    private static TimeZoneInfo FindZone()
    {
        // Slim container images may lack tzdata; the offset has been fixed since 1991, so a custom zone is exact.
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
        }
    }
}
