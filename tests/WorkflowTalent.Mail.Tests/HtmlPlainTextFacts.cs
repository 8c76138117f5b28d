namespace WorkflowTalent.Mail.Tests;

public sealed class HtmlPlainTextFacts
{
    [Fact]
    public void Convert_KeepsTextAndBreaksBlocks_AndDropsTagsAndStyle()
    {
        const string html = "<style>p { color: red; }</style><p>您好，张三：</p><p>请完成&lt;岗位实习&gt;任务。<br>谢谢</p>";

        Assert.Equal("您好，张三：\n请完成<岗位实习>任务。\n谢谢", HtmlPlainText.Convert(html));
    }
}
