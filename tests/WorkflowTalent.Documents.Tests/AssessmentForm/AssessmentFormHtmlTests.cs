using WorkflowTalent.Documents.AssessmentForm;
using WorkflowTalent.Documents.Terms;

namespace WorkflowTalent.Documents.Tests.AssessmentForm;

public class AssessmentFormHtmlTests
{
    [Fact]
    public void PrintView_IsCompleteA4Document_R14_1()
    {
        var html = AssessmentFormHtml.Render(TestData.Assessment());

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta charset=\"utf-8\">", html, StringComparison.Ordinal);
        Assert.Contains("@page { size: A4 portrait;", html, StringComparison.Ordinal);
        Assert.Contains("<h1>玉溪市基层人才对口培养计划研修人员考核登记表</h1>", html, StringComparison.Ordinal);
        Assert.EndsWith("</html>\n", html, StringComparison.Ordinal);
    }

    [Fact]
    public void PrintView_EncodesTraineeName_R14_1()
    {
        var html = AssessmentFormHtml.Render(TestData.Assessment(name: "<script>alert(1)</script>李明"));

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;李明</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void PrintView_EncodesSummaryAndOpinion_R14_1()
    {
        var form = TestData.Assessment() with
        {
            Summary = "学习 <b>认真</b> & \"踏实\"",
            ReceivingUnitOpinion = new FormParts.Opinion("<img src=x onerror=alert(1)>"),
        };

        var html = AssessmentFormHtml.Render(form);

        Assert.Contains("学习 &lt;b&gt;认真&lt;/b&gt; &amp; &quot;踏实&quot;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
    }

    [Fact]
    public void PrintView_MarksTheGivenGrade_R14_3()
    {
        var html = AssessmentFormHtml.Render(TestData.Assessment(grade: AssessmentGrade.Fail));

        Assert.Contains("☐ 优秀    ☐ 合格    ☐ 基本合格    ☑ 不合格", html, StringComparison.Ordinal);
    }

    [Fact]
    public void PrintView_ListsFourCopies_R14_2()
    {
        var html = AssessmentFormHtml.Render(TestData.Assessment());

        Assert.Contains("<p class=\"copies\">本表一式四份，原工作单位、接收单位、县区委组织部、市委组织部各一份。</p>", html, StringComparison.Ordinal);
    }
}
