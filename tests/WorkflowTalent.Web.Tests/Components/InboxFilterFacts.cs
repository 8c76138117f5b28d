using WorkflowTalent.Web.Api;

namespace WorkflowTalent.Web.Tests.Components;

public sealed class InboxFilterFacts
{
    [Fact]
    public void ToCriteria_MakesTheDueWindowWholeYuxiDays_AndTheShowChoiceAssigneeOrOverdue()
    {
        var filter = new InboxFilter(Search: " 周明 ", Show: InboxShow.Mine, DueFrom: new DateOnly(2026, 9, 14), DueTo: new DateOnly(2026, 9, 18), Priority: 7, Status: InboxStatus.Completed);

        var criteria = filter.ToCriteria();

        Assert.Equal(new DateTimeOffset(2026, 9, 14, 0, 0, 0, TimeSpan.FromHours(8)), criteria.DueAfter);
        Assert.Equal(new DateTimeOffset(2026, 9, 19, 0, 0, 0, TimeSpan.FromHours(8)), criteria.DueBefore);
        Assert.Equal(("周明", "me", (bool?)null, "Completed", 7, "due"), (criteria.Search, criteria.Assignee, criteria.Overdue, criteria.Status, criteria.Priority, criteria.Sort));
        Assert.Equal((bool?)true, (InboxFilter.None with { Show = InboxShow.Overdue }).ToCriteria().Overdue);
    }

    [Fact]
    public void From_GivesBackTheFilterASavedQueryWasMadeOf()
    {
        var filter = new InboxFilter("周明", "talent-leave", InboxShow.Overdue, true, "county", "峨山彝族自治县", new DateOnly(2026, 9, 14), new DateOnly(2026, 9, 18), 3, InboxStatus.Open);

        Assert.Equal(filter, InboxFilter.From(filter.ToCriteria()));
        Assert.Equal(InboxFilter.None, InboxFilter.From(new InboxCriteria()));
    }

    [Fact]
    public void ToQueryString_CarriesEveryChosenCriterion_Escaped()
    {
        var query = new InboxFilter(Search: "周明", ActivityId: "county", Scope: "峨山彝族自治县", DueTo: new DateOnly(2026, 9, 18)).ToQueryString(2, 20);

        Assert.Equal(
            "page=2&pageSize=20&status=Open&search=%E5%91%A8%E6%98%8E&activityId=county&scope=%E5%B3%A8%E5%B1%B1%E5%BD%9D%E6%97%8F%E8%87%AA%E6%B2%BB%E5%8E%BF"
            + "&dueBefore=2026-09-19T00%3A00%3A00.0000000%2B08%3A00&sort=due",
            query);
    }
}
