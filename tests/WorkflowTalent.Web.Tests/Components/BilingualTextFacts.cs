using WorkflowTalent.Web.Api;

namespace WorkflowTalent.Web.Tests.Components;

public sealed class BilingualTextFacts
{
    [Theory]
    [InlineData("“天数”为必填项。days is required.", false, "“天数”为必填项。")]
    [InlineData("“天数”为必填项。days is required.", true, "days is required.")]
    [InlineData("表单数据有误。The form's data is invalid.", true, "The form's data is invalid.")]
    [InlineData("请假 3 天。共计。Three days in all.", false, "请假 3 天。共计。")]
    [InlineData("只有中文。", true, "只有中文。")]
    public void Pick_ReturnsTheReadersHalf_WhenTheMessageCarriesBoth(string message, bool english, string expected) =>
        Assert.Equal(expected, BilingualText.Pick(message, english));
}
