using WorkflowTalent.Workflows.Definitions;
using WorkflowTalent.Workflows.Expressions;

namespace WorkflowTalent.Workflows.Tests.Expressions;

public class SyntaxCheckTests
{
    private readonly ExpressionEvaluator _evaluator = new();

    [Fact]
    public void CheckSyntax_BrokenJavaScript_ReturnsTheParserMessage()
    {
        var message = _evaluator.CheckSyntax(new InputValue(ExpressionType.JavaScript, "return (a", null));

        Assert.Equal("JavaScript syntax error at line 1, column 10: Unexpected end of input", message);
    }

    [Fact]
    public void CheckJavaScriptSyntax_ReportsTheLineOfAMultiLineScript()
    {
        Assert.Equal("JavaScript syntax error at line 2, column 3: Unexpected token '}'", _evaluator.CheckJavaScriptSyntax("var a = 1;\n  }"));
    }

    [Fact]
    public void CheckSyntax_GoodJavaScript_ReturnsNull()
    {
        Assert.Null(_evaluator.CheckSyntax(new InputValue(ExpressionType.JavaScript, "if (variables.days > 3) { return true; }\nreturn false;", null)));
        Assert.Null(_evaluator.CheckJavaScriptSyntax("getCounter() + 1"));
    }

    [Fact]
    public void CheckSyntax_BrokenLiquid_ReturnsTheParserMessage()
    {
        var message = _evaluator.CheckSyntax(new InputValue(ExpressionType.Liquid, "{% if %}", null));

        Assert.Equal("Liquid syntax error: Invalid 'if' tag at (1:6)", message);
    }

    [Fact]
    public void CheckSyntax_GoodLiquid_ReturnsNull()
    {
        Assert.Null(_evaluator.CheckSyntax(new InputValue(ExpressionType.Liquid, "{% if Variables.days > 3 %}long{% endif %}", null)));
    }

    [Fact]
    public void CheckSyntax_InvalidObjectJson_ReturnsAMessage()
    {
        Assert.StartsWith("Object expression is not valid JSON", _evaluator.CheckSyntax(new InputValue(ExpressionType.Object, "{\"a\":", null)), StringComparison.Ordinal);
        Assert.Null(_evaluator.CheckSyntax(new InputValue(ExpressionType.Object, "{\"a\":1}", null)));
    }

    [Fact]
    public void CheckSyntax_DeeplyNestedTemplates_AreRefused_WithoutOverflowingTheStack()
    {
        var liquid = string.Concat(Enumerable.Repeat("{% if true %}", 100_000)) + string.Concat(Enumerable.Repeat("{% endif %}", 100_000));
        var javaScript = string.Concat(Enumerable.Repeat("1+(", 100_000)) + "1" + new string(')', 100_000);

        Assert.Equal("Liquid template nests deeper than 64 levels", _evaluator.CheckSyntax(new InputValue(ExpressionType.Liquid, liquid, null)));
        Assert.StartsWith("JavaScript syntax error", _evaluator.CheckJavaScriptSyntax(javaScript), StringComparison.Ordinal);
    }

    [Fact]
    public void Prepare_BrokenLiquid_Throws()
    {
        var error = Assert.Throws<ExpressionException>(() => _evaluator.Prepare(new InputValue(ExpressionType.Liquid, "{{ x", null)));

        Assert.StartsWith("Liquid syntax error: ", error.Message, StringComparison.Ordinal);
    }
}
