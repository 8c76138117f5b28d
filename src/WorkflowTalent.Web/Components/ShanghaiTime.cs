using System.Globalization;

namespace WorkflowTalent.Web.Components;

/// <summary>Times as officials read them: Yuxi's local time (Asia/Shanghai), whatever the server's zone.</summary>
public static class ShanghaiTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static string Format(DateTimeOffset? at) =>
        at is { } value ? TimeZoneInfo.ConvertTime(value, Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "—";

    /// <summary>Today in Yuxi by <paramref name="clock"/>.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);
    }
}
