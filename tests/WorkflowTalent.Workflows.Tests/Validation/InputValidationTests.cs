using System.Text.Json.Nodes;
using static WorkflowTalent.Workflows.Tests.Validation.TestDefinition;
using static WorkflowTalent.Workflows.Tests.Validation.ValidationHarness;

namespace WorkflowTalent.Workflows.Tests.Validation;

public class InputValidationTests
{
    [Fact]
    public void RequiredInputAbsent_IsAnError_NamingInputAndType()
    {
        var result = Validate(new TestDefinition().Activity("task", "WorkflowTalent.HumanTask", ("outcomes", Literal("[\"Done\"]"))));

        var problem = AssertError(result, "root.activities[0].role", "required");
        Assert.Equal("input role is required (WorkflowTalent.HumanTask)", problem.Message);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("\"[]\"")]
    public void RequiredInputEmpty_CountsAsMissing(string literal)
    {
        var result = Validate(new TestDefinition().HumanTask("task", ("outcomes", Literal(JsonNode.Parse(literal)))));

        AssertError(result, "root.activities[0].outcomes", "required");
    }

    [Fact]
    public void BadDuration_IsAnError()
    {
        var result = Validate(new TestDefinition().Activity("wait", "Elsa.Delay", ("timeSpan", Literal("three days"))));

        AssertError(result, "root.activities[0].timeSpan", "three days");
    }

    [Fact]
    public void DurationTooLongToSchedule_IsAnError()
    {
        var result = Validate(new TestDefinition().Activity("wait", "Elsa.Delay", ("timeSpan", Literal("P99999Y"))));

        AssertError(result, "root.activities[0].timeSpan", "too long");
    }

    [Fact]
    public void DateTimeOutOfRange_IsAnError_NotAFailure()
    {
        var result = Validate(new TestDefinition().Activity("at", "Elsa.StartAt", ("dateTime", Literal("0001-01-01"))));

        AssertError(result, "root.activities[0].dateTime", "not a date-time");
    }

    [Fact]
    public void TimerOfZeroInterval_IsAnError()
    {
        var result = Validate(new TestDefinition().Activity("tick", "Elsa.Timer", ("interval", Literal("00:00:00"))));

        AssertError(result, "root.activities[0].interval", "longer than zero");
    }

    [Fact]
    public void BadDateTime_IsAnError()
    {
        var result = Validate(new TestDefinition().Activity("at", "Elsa.StartAt", ("dateTime", Literal("next Tuesday"))));

        AssertError(result, "root.activities[0].dateTime", "date-time");
    }

    [Theory]
    [InlineData("P3D", true)]
    [InlineData("2026-09-01T09:00:00+08:00", true)]
    [InlineData("whenever", false)]
    public void HumanTaskDue_IsADurationOrADateTime(string due, bool valid)
    {
        var result = Validate(new TestDefinition().HumanTask("task", ("due", Literal(due))));

        if (valid)
            AssertNoErrors(result);
        else
            AssertError(result, "root.activities[0].due", "neither a duration nor a date-time");
    }

    [Fact]
    public void BadCronExpression_IsAnError_NamingInputAndValue()
    {
        var result = Validate(new TestDefinition().Activity("cron", "Elsa.Cron", ("cronExpression", Literal("* * *"))));

        var problem = AssertError(result, "root.activities[0].cronExpression", "cron expression");
        Assert.Equal("cronExpression '* * *' is not a cron expression of 5 or 6 fields", problem.Message);
    }

    [Theory]
    [InlineData("[\"Approve\", 3]", "list of strings")]
    [InlineData("[\"Approve\", \"\"]", "empty item")]
    [InlineData("[\"Approve\"", "JSON")]
    public void BadStringList_IsAnError(string outcomes, string word)
    {
        var result = Validate(new TestDefinition().HumanTask("task", ("outcomes", Literal(outcomes))));

        AssertError(result, "root.activities[0].outcomes", word);
    }

    [Fact]
    public void StringListOfOneBareName_IsValid()
    {
        var result = Validate(new TestDefinition().Activity("mail", "Elsa.SendEmail", ("to", Literal("hr@example.org")), ("subject", Literal("hi"))));

        AssertNoErrors(result);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("\"True\"", true)]
    [InlineData("\"False\"", true)]
    [InlineData("\"maybe\"", false)]
    [InlineData("1", false)]
    public void BooleanLiteral_IsTrueOrFalse(string literal, bool valid)
    {
        var result = Validate(new TestDefinition().Activity("decide", "Elsa.FlowDecision", ("condition", Literal(JsonNode.Parse(literal)))));

        if (valid)
            AssertNoErrors(result);
        else
            AssertError(result, "root.activities[0].condition", "true or false");
    }

    [Fact]
    public void ValueOutsideAllowedValues_IsAnError_ListingThem()
    {
        var result = Validate(new TestDefinition().Activity("join", "Elsa.FlowJoin", ("mode", Literal("WaitSome"))));

        var problem = AssertError(result, "root.activities[0].mode", "WaitSome");
        Assert.Contains("WaitAny, WaitAll, WaitAllActive", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HumanTaskEscalation_MustBeAKnownMode()
    {
        var result = Validate(new TestDefinition().HumanTask("task", ("due", Literal("P1D")), ("escalation", Literal("Explode"))));

        AssertError(result, "root.activities[0].escalation", "None, Overdue, Timeout");
    }

    [Theory]
    [InlineData("Overdue")]
    [InlineData("Timeout")]
    public void HumanTaskEscalation_WithoutDue_IsAnError(string escalation)
    {
        var result = Validate(new TestDefinition().HumanTask("task", ("escalation", Literal(escalation))));

        AssertError(result, "root.activities[0].escalation", "due");
    }

    [Fact]
    public void SwitchCases_NotAList_IsAnError()
    {
        var result = Validate(new TestDefinition().Activity("switch", "Elsa.FlowSwitch", ("cases", Literal("[{\"condition\":\"true\"}]"))));

        AssertError(result, "root.activities[0].cases", "label");
    }

    [Fact]
    public void SwitchCases_WithADuplicateLabel_IsAnError()
    {
        var cases = JsonNode.Parse("""[{ "label": "High", "condition": "true" }, { "label": "High", "condition": "false" }]""");
        var result = Validate(new TestDefinition().Activity("switch", "Elsa.FlowSwitch", ("cases", Expression("Object", cases))));

        AssertError(result, "root.activities[0].cases[1].label", "High");
    }

    [Fact]
    public void SwitchCaseCondition_WithASyntaxError_IsReportedAtTheCase()
    {
        var cases = JsonNode.Parse("""
            [{ "label": "A", "condition": { "type": "JavaScript", "value": "true" } },
             { "label": "B", "condition": { "type": "JavaScript", "value": "variables.x ===" } }]
            """);
        var result = Validate(new TestDefinition().Activity("switch", "Elsa.FlowSwitch", ("cases", Literal(cases))));

        AssertError(result, "root.activities[0].cases[1].condition", "JavaScript syntax error");
        Assert.Single(result.Problems, p => p.IsError);
    }

    [Fact]
    public void FormField_OfUnknownType_IsAnError()
    {
        var result = Validate(new TestDefinition().HumanTask("task",
            ("form", Literal("[{\"name\":\"comment\",\"type\":\"text\"},{\"name\":\"photo\",\"type\":\"video\"}]"))));

        AssertError(result, "root.activities[0].form[1].type", "video");
    }

    [Fact]
    public void SelectFormField_WithoutOptions_IsAnError()
    {
        var result = Validate(new TestDefinition().HumanTask("task", ("form", Literal("[{\"name\":\"level\",\"type\":\"select\"}]"))));

        AssertError(result, "root.activities[0].form[0].options", "options");
    }

    [Fact]
    public void VariableReference_ToAnUndeclaredVariable_IsAnError()
    {
        var result = Validate(new TestDefinition().Variable("days")
            .Activity("set", "Elsa.SetVariable", ("variable", Literal("dayz")), ("value", Literal(3))));

        AssertError(result, "root.activities[0].variable", "dayz");
    }

    [Fact]
    public void VariableReference_AsElsasVariableObject_IsValid()
    {
        var result = Validate(new TestDefinition().Variable("days")
            .Activity("set", "Elsa.SetVariable", ("variable", new JsonObject { ["id"] = "var-0", ["name"] = "days" }), ("value", Literal(3))));

        AssertNoErrors(result);
    }

    [Fact]
    public void LiteralScript_WithASyntaxError_IsAnError()
    {
        var result = Validate(new TestDefinition().Activity("js", "Elsa.RunJavaScript", ("script", Literal("setVariable('x', ;"))));

        AssertError(result, "root.activities[0].script", "JavaScript syntax error");
    }

    [Fact]
    public void JavaScriptInput_WithASyntaxError_IsAnError()
    {
        var result = Validate(new TestDefinition().WriteLine("a").WriteLine("b").WriteLine("c").WriteLine("d")
            .Activity("decide", "Elsa.FlowDecision", ("condition", JavaScript("variables.days >"))));

        var problem = AssertError(result, "root.activities[4].condition", "JavaScript syntax error: ");
        Assert.StartsWith("JavaScript syntax error: ", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LiquidInput_WithASyntaxError_IsAnError()
    {
        var result = Validate(new TestDefinition().Activity("say", "Elsa.WriteLine", ("text", Expression("Liquid", "Hello {{ Variables.name "))));

        AssertError(result, "root.activities[0].text", "Liquid");
    }

    [Fact]
    public void ObjectInput_ThatIsNotJson_IsAnError()
    {
        var result = Validate(new TestDefinition().Activity("fork", "Elsa.FlowFork", ("branches", Expression("Object", "[\"One\", "))));

        AssertError(result, "root.activities[0].branches", "JSON");
    }

    [Theory]
    [InlineData("CSharp")]
    [InlineData("7")]
    public void UnknownExpressionType_IsAnError_NamingIt(string type)
    {
        var result = Validate(new TestDefinition().Activity("say", "Elsa.WriteLine", ("text", Expression(type, "\"hi\""))));

        var problem = AssertError(result, "root.activities[0].text", $"expression type {type} ");
        Assert.Contains("not supported", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VariableExpression_NamingAnUndeclaredVariable_IsAnError()
    {
        var result = Validate(new TestDefinition().Variable("name").Activity("say", "Elsa.WriteLine", ("text", Expression("Variable", "nmae"))));

        AssertError(result, "root.activities[0].text", "nmae");
    }

    [Fact]
    public void WellFormedHumanTask_IsValid()
    {
        var result = Validate(new TestDefinition().Variable("decision").HumanTask("task",
            ("title", Expression("Liquid", "审批 {{ Variables.decision }}")),
            ("scope", JavaScript("variables.county")),
            ("form", Literal("[{\"name\":\"level\",\"type\":\"select\",\"options\":[\"A\",\"B\"]},{\"name\":\"comment\",\"type\":\"textarea\"}]")),
            ("due", Literal("P3D")), ("escalation", Literal("Timeout")),
            ("resultVariable", "decision")));

        AssertNoErrors(result);
    }
}
