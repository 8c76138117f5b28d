using WorkflowTalent.Cli.Trace;

namespace WorkflowTalent.Cli.Tests.Trace;

public sealed class RequirementIdTests
{
    [Theory]
    [InlineData("R1.1", "R1.1")]
    [InlineData("R1.10", "R1.10")]
    [InlineData("see R1.1 and R1.10, not R1.1 twice: R1.1.", "R1.1 R1.10")]
    [InlineData("R11.1", "R11.1")]
    [InlineData("请假R15.1：两级审批", "R15.1")]
    [InlineData("""[Policy("R3.4")]""", "R3.4")]
    [InlineData("PR1.1 2R1.1 R1 R1. R.1", "")]
    public void InText_FindsEachDistinctId_WithoutPrefixesOfLongerIds(string text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', RequirementId.InText(text)));
    }

    [Theory]
    [InlineData("Approve_NeedsTwo_R15_1", "R15.1")]
    [InlineData("R15_1_Approve", "R15.1")]
    [InlineData("R15_10_Approve", "R15.10")]
    [InlineData("ApproveR3_4", "R3.4")]
    [InlineData("Round1R3_4", "")]
    [InlineData("R3_4_And_R5_1", "R3.4 R5.1")]
    [InlineData("Approve_R15", "")]
    public void InIdentifier_ReadsTheUnderscoreForm(string identifier, string expected)
    {
        Assert.Equal(expected, string.Join(' ', RequirementId.InIdentifier(identifier)));
    }

    [Fact]
    public void CompareTo_OrdersByArticleThenItemNumerically()
    {
        string[] texts = ["R10.1", "R2.10", "R2.2", "R3.1"];
        var ids = texts.Select(text => RequirementId.TryParse(text, out var id) ? id : default);

        Assert.Equal(["R2.2", "R2.10", "R3.1", "R10.1"], ids.Order().Select(id => id.ToString()));
    }

    [Theory]
    [InlineData("R15.1", true)]
    [InlineData("R15.1 ", false)]
    [InlineData("R15_1", false)]
    public void TryParse_AcceptsOnlyAWholeId(string text, bool expected)
    {
        Assert.Equal(expected, RequirementId.TryParse(text, out _));
    }

    [Fact]
    public void Anchor_IsGitHubsSlugOfTheHeading()
    {
        Assert.True(RequirementId.TryParse("R15.1", out var id));

        Assert.Equal("r151", id.Anchor);
    }
}
