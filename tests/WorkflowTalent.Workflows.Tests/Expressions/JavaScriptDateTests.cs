using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using WorkflowTalent.Workflows.Expressions;

namespace WorkflowTalent.Workflows.Tests.Expressions;

/// <summary>Date helpers and <c>new Date()</c>: the instance's clock, Asia/Shanghai local time.</summary>
public class JavaScriptDateTests
{
    private readonly ExpressionEvaluator _evaluator = new();
    private readonly FakeTimeProvider _clock = new(ScopeBuilder.Now);

    private JsonNode? Run(string script) =>
        _evaluator.PrepareJavaScript(script).Evaluate(new ScopeBuilder().Clock(_clock).Build());

    private string Text(string script) => Run(script)!.GetValue<string>();

    [Fact]
    public void Now_ReadsTheScopeClock()
    {
        Assert.Equal("2026-08-31T00:00:00+08:00", Text("now()"));

        _clock.Advance(TimeSpan.FromHours(9.5));

        Assert.Equal("2026-08-31T09:30:00+08:00", Text("now()"));
    }

    [Fact]
    public void NewDate_ReadsTheScopeClock_InShanghaiTime()
    {
        Assert.Equal("2026-08-30T16:00:00.000Z", Text("new Date().toISOString()"));
        Assert.Equal("2026-8-31 0:00 -480", Text("var d = new Date(); d.getFullYear() + '-' + (d.getMonth() + 1) + '-' + d.getDate() + ' ' + d.getHours() + ':0' + d.getMinutes() + ' ' + d.getTimezoneOffset()"));
    }

    [Fact]
    public void Date_MonthIsOneBased_LocalTime()
    {
        Assert.Equal("2026-08-31T00:00:00+08:00", Text("date(2026, 8, 31)"));
        Assert.Equal("2026-01-05T09:30:00+08:00", Text("date(2026, 1, 5, 9, 30)"));
    }

    [Fact]
    public void Date_InvalidMonth_IsARangeError()
    {
        var error = Assert.Throws<ExpressionException>(() => Run("date(2026, 13, 1)"));

        Assert.StartsWith("RangeError: date(2026, 13, 1, 0, 0) is not a valid date", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddDays_AcceptsDatesAndIsoStrings()
    {
        Assert.Equal("2026-09-03T00:00:00+08:00", Text("addDays(now(), 3)"));
        Assert.Equal("2026-09-01T23:00:00+08:00", Text("addDays('2026-08-31T23:00', 1)"));
        Assert.Equal("2026-08-30T08:00:00+08:00", Text("addDays('2026-08-31T00:00:00Z', -1)"));
    }

    [Fact]
    public void AddMonths_CountsCalendarMonthsInLocalTime()
    {
        Assert.Equal("2026-09-01T00:00:00+08:00", Text("addMonths(date(2026, 3, 1), 6)"));
        Assert.Equal("2026-02-28T00:00:00+08:00", Text("addMonths(date(2026, 1, 31), 1)"));
    }

    [Fact]
    public void DaysBetween_CountsLocalCalendarDays()
    {
        Assert.Equal(30, Run("daysBetween('2026-08-01', date(2026, 8, 31))")!.GetValue<long>());
        // 23:30 and 00:30 local are one calendar day apart though only an hour passes.
        Assert.Equal(1, Run("daysBetween('2026-08-31T23:30', '2026-09-01T00:30')")!.GetValue<long>());
        Assert.Equal(-2, Run("daysBetween(now(), addDays(now(), -2))")!.GetValue<long>());
    }

    [Fact]
    public void DateHelper_NotADate_IsATypeError()
    {
        var error = Assert.Throws<ExpressionException>(() => Run("addDays('soon', 1)"));

        Assert.StartsWith("TypeError: addDays: soon is not a date", error.Message, StringComparison.Ordinal);
    }
}
