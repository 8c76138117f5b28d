using System.Globalization;
using Jint;
using Jint.Native;
using WorkflowTalent.Workflows.Time;

namespace WorkflowTalent.Workflows.Expressions;

/// <summary>
/// <c>now()</c>, <c>date(y, m, d[, h, min])</c>, <c>addDays</c>, <c>addMonths</c>, <c>daysBetween</c>, all in
/// Asia/Shanghai time. Each takes a Date or an ISO 8601 string (one without an offset is Shanghai time).
/// </summary>
internal static class JsDateFunctions
{
    public static void Install(Engine engine, ScopedTimeSystem time)
    {
        JsFunction.Define(engine, "now", 0, (_, _) => ToJs(engine, time.GetUtcNow()));
        JsFunction.Define(engine, "date", 5, (_, args) => ToJs(engine, Date(engine, args)));
        JsFunction.Define(engine, "addDays", 2, (_, args) =>
            Shift(engine, "addDays", Local(engine, args, "addDays"), Number(engine, args, 1, "addDays"), static (t, n) => t.AddDays(n)));
        JsFunction.Define(engine, "addMonths", 2, (_, args) =>
            Shift(engine, "addMonths", Local(engine, args, "addMonths"), Whole(engine, args, 1, "addMonths"), static (t, n) => t.AddMonths((int)n)));
        JsFunction.Define(engine, "daysBetween", 2, (_, args) =>
        {
            var from = Local(engine, args, "daysBetween").Date;
            var to = ShanghaiTime.ToLocal(ToTime(engine, JsFunction.Arg(args, 1), "daysBetween")).Date;
            return JsNumber.Create((to - from).Days);
        });
    }

    private static DateTimeOffset Date(Engine engine, JsValue[] args)
    {
        var year = Whole(engine, args, 0, "date");
        var month = Whole(engine, args, 1, "date");
        var day = Whole(engine, args, 2, "date");
        var hour = args.Length > 3 ? Whole(engine, args, 3, "date") : 0;
        var minute = args.Length > 4 ? Whole(engine, args, 4, "date") : 0;
        try
        {
            var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
            return new DateTimeOffset(local, ShanghaiTime.Zone.GetUtcOffset(local));
        }
        catch (ArgumentOutOfRangeException)
        {
            throw JsFunction.RangeError(engine, string.Create(CultureInfo.InvariantCulture,
                $"date({year}, {month}, {day}, {hour}, {minute}) is not a valid date; the month is 1-12"));
        }
    }

    private static JsDate Shift(Engine engine, string function, DateTimeOffset start, double amount, Func<DateTimeOffset, double, DateTimeOffset> shift)
    {
        try
        {
            return ToJs(engine, shift(start, amount));
        }
        catch (ArgumentOutOfRangeException)
        {
            throw JsFunction.RangeError(engine, $"{function}: the result is outside the supported dates");
        }
    }

    private static DateTimeOffset Local(Engine engine, JsValue[] args, string function) =>
        ShanghaiTime.ToLocal(ToTime(engine, JsFunction.Arg(args, 0), function));

    private static DateTimeOffset ToTime(Engine engine, JsValue value, string function)
    {
        if (value is JsDate date && !double.IsNaN(date.DateValue))
            return DateTimeOffset.FromUnixTimeMilliseconds((long)date.DateValue);
        if (value.IsString() && ShanghaiTime.TryParse(value.AsString(), out var parsed))
            return parsed;
        if (value.IsNumber() && double.IsFinite(value.AsNumber()))
            return DateTimeOffset.FromUnixTimeMilliseconds((long)value.AsNumber());
        throw JsFunction.TypeError(engine, $"{function}: {value} is not a date; pass a Date or an ISO 8601 string");
    }

    private static double Number(Engine engine, JsValue[] args, int index, string function)
    {
        var value = JsFunction.Arg(args, index);
        return value.IsNumber() && double.IsFinite(value.AsNumber())
            ? value.AsNumber()
            : throw JsFunction.TypeError(engine, $"{function}: {value} is not a number");
    }

    private static int Whole(Engine engine, JsValue[] args, int index, string function)
    {
        var number = Number(engine, args, index, function);
        return number == Math.Truncate(number) && number is >= int.MinValue and <= int.MaxValue
            ? (int)number
            : throw JsFunction.RangeError(engine, $"{function}: {number.ToString(CultureInfo.InvariantCulture)} is not a whole number");
    }

    private static JsDate ToJs(Engine engine, DateTimeOffset time) => new(engine, time.ToUnixTimeMilliseconds());
}
