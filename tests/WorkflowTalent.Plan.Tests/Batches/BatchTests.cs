using WorkflowTalent.Plan.Batches;
using WorkflowTalent.Plan.Settings;

namespace WorkflowTalent.Plan.Tests.Batches;

public sealed class BatchTests
{
    private static Batch Create2024() => Batch.Create(2024, PlanSettings.Default, Shanghai.Zone).Value!;

    [Fact]
    public void Deadline_IsBefore31AugustMidnightShanghai_R6_5()
    {
        var batch = Create2024();

        Assert.Equal(new DateOnly(2024, 8, 30), batch.ReportInDeadline);
        Assert.Equal(new DateTimeOffset(2024, 8, 30, 16, 0, 0, TimeSpan.Zero), batch.ReportInClosesUtc);
        Assert.True(batch.IsOnTimeForReportIn(new DateTimeOffset(2024, 8, 30, 23, 59, 59, TimeSpan.FromHours(8))));
        Assert.False(batch.IsOnTimeForReportIn(new DateTimeOffset(2024, 8, 31, 0, 0, 0, TimeSpan.FromHours(8))));
    }

    [Fact]
    public void Create_TakesPlacesAndMonthsFromSettings_R3_1_R3_3()
    {
        var batch = Batch.Create(2025, PlanSettings.Default with { TotalPlaces = 80 }, Shanghai.Zone).Value!;

        Assert.Equal((2025, 80, 6), (batch.Year, batch.TotalPlaces, batch.TrainingMonths));
        Assert.Equal(BatchState.Planning, batch.State);
    }

    [Fact]
    public void Create_TrainsSixMonthsFromSeptember_R7_1()
    {
        var batch = Create2024();

        Assert.Equal(new DateOnly(2024, 9, 1), batch.TrainingStart);
        Assert.Equal(new DateOnly(2025, 2, 28), batch.TrainingEnd);
    }

    [Fact]
    public void Create_SetsSummaryDue30DaysBeforeTheEnd_R14_1()
    {
        Assert.Equal(new DateOnly(2025, 1, 29), Create2024().SummaryDue);
    }

    [Fact]
    public void Create_SetsReminderDatesBeforeTheDeadline_R6_5()
    {
        Assert.Equal([new DateOnly(2024, 8, 23), new DateOnly(2024, 8, 29)], Create2024().ReportInReminderDates);
    }

    [Fact]
    public void Create_RefusesYearBeforeEffect_R17_1()
    {
        var result = Batch.Create(2018, PlanSettings.Default, Shanghai.Zone);

        Assert.False(result.IsAccepted);
        var refusal = Assert.Single(result.Refusals);
        Assert.Equal("R17.1", refusal.RuleId);
        Assert.Equal("EffectiveDate = 2019-07-01", refusal.Setting);
        Assert.Equal("2018 年早于本细则施行日期 2019-07-01，不能建立批次（R17.1）", refusal.Message.ZhCn);
        Assert.Equal("2018 is before the rules took effect on 2019-07-01; no batch can be created (R17.1)", refusal.Message.En);
    }

    [Fact]
    public void Create_AcceptsTheYearOfEffect_R17_1()
    {
        Assert.True(Batch.Create(2019, PlanSettings.Default, Shanghai.Zone).IsAccepted);
    }

    [Fact]
    public void Create_RefusesAYearWhoseDeadlineFallsBeforeALaterEffectiveDate_R17_1()
    {
        var settings = PlanSettings.Default with { EffectiveDate = new DateOnly(2019, 9, 1) };

        Assert.Equal(["R17.1"], Batch.Create(2019, settings, Shanghai.Zone).Refusals.Select(r => r.RuleId));
        Assert.True(Batch.Create(2020, settings, Shanghai.Zone).IsAccepted);
    }

    [Fact]
    public void Create_RefusesWithEverySettingsProblem_R3_1()
    {
        var result = Batch.Create(2024, PlanSettings.Default with { TotalPlaces = 0, TrainingMonths = 0 }, Shanghai.Zone);

        Assert.Equal(["TotalPlaces", "TrainingMonths", "SummaryDueDaysBeforeEnd"], result.Refusals.Select(r => r.Setting));
    }
}
