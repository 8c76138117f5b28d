using System.Globalization;
using System.Text.RegularExpressions;

namespace WorkflowTalent.Workflows.Time;

/// <summary>
/// A duration as definitions write it: ISO 8601 (<c>P3D</c>, <c>PT2H</c>, <c>P6M</c>) or .NET's
/// <c>d.hh:mm:ss</c>. Years and months are calendar units, added in local (Asia/Shanghai) time,
/// so that six months from 1 March ends on 1 September.
/// </summary>
public readonly partial record struct WorkflowDuration(int Months, TimeSpan Time)
{
    public static WorkflowDuration FromTimeSpan(TimeSpan time) => new(0, time);

    public bool IsZero => Months == 0 && Time == TimeSpan.Zero;

    public DateTimeOffset AddTo(DateTimeOffset start)
    {
        if (Months == 0)
            return start + Time;
        var local = ShanghaiTime.ToLocal(start);
        return local.AddMonths(Months) + Time;
    }

    public static bool TryParse(string? text, out WorkflowDuration duration)
    {
        duration = default;
        if (string.IsNullOrWhiteSpace(text))
            return false;
        text = text.Trim();
        if (text[0] is 'P' or 'p' or '-')
            return TryParseIso(text, out duration);
        if (TimeSpan.TryParseExact(text, ["c", "g"], CultureInfo.InvariantCulture, out var span) && span >= TimeSpan.Zero)
        {
            duration = FromTimeSpan(span);
            return true;
        }

        return false;
    }

    public static WorkflowDuration Parse(string text) =>
        TryParse(text, out var duration) ? duration : throw new FormatException($"'{text}' is not a duration; write ISO 8601 (P3D, PT2H, P6M) or d.hh:mm:ss");

    private static bool TryParseIso(string text, out WorkflowDuration duration)
    {
        duration = default;
        var match = IsoPattern().Match(text);
        if (!match.Success || text is "P" || text.EndsWith('T'))
            return false;
        try
        {
            checked
            {
                int Int(int group) => match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
                var months = Int(1) * 12 + Int(2);
                var days = Int(3) * 7 + Int(4);
                var seconds = match.Groups[7].Success ? double.Parse(match.Groups[7].Value, CultureInfo.InvariantCulture) : 0;
                var time = TimeSpan.FromDays(days) + TimeSpan.FromHours(Int(5)) + TimeSpan.FromMinutes(Int(6)) + TimeSpan.FromSeconds(seconds);
                duration = new WorkflowDuration(months, time);
                return true;
            }
        }
        catch (Exception ex) when (ex is OverflowException or ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    public override string ToString()
    {
        if (Months == 0)
            return System.Xml.XmlConvert.ToString(Time);
        var rest = Time == TimeSpan.Zero ? "" : System.Xml.XmlConvert.ToString(Time)[1..];
        return $"P{Months.ToString(CultureInfo.InvariantCulture)}M{rest}";
    }

    [GeneratedRegex(@"^P(?:(\d{1,6})Y)?(?:(\d{1,6})M)?(?:(\d{1,6})W)?(?:(\d{1,7})D)?(?:T(?:(\d{1,7})H)?(?:(\d{1,7})M)?(?:(\d{1,9}(?:\.\d{1,7})?)S)?)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IsoPattern();
}
