using WorkflowTalent.Workflows.Validation;
using static WorkflowTalent.Workflows.Tests.Validation.TestDefinition;
using static WorkflowTalent.Workflows.Tests.Validation.ValidationHarness;

namespace WorkflowTalent.Workflows.Tests.Validation;

public class StructureValidationTests
{
    [Fact]
    public void UnknownActivityType_IsAnError_NamingTheType()
    {
        var result = Validate(new TestDefinition().WriteLine("a").Activity("http", "Elsa.HttpEndpoint").Connect("a", "http"));

        AssertError(result, "root.activities[1].type", "Elsa.HttpEndpoint");
    }

    [Fact]
    public void DuplicateActivityId_IsReportedAtTheSecond_NamingTheFirst()
    {
        var result = Validate(new TestDefinition().WriteLine("a").WriteLine("b").WriteLine("a").Connect("a", "b"));

        var problem = AssertError(result, "root.activities[2].id", "already used");
        Assert.Contains("root.activities[0]", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StartNamingAnUnknownActivity_IsAnError()
    {
        var result = Validate(new TestDefinition().WriteLine("a").Start("nowhere"));

        AssertError(result, "root.start", "nowhere");
    }

    [Fact]
    public void ConnectionFromUnknownActivity_IsAnErrorAtItsSource()
    {
        var result = Validate(new TestDefinition().WriteLine("a").WriteLine("b").Connect("a", "b").Connect("ghost", "b"));

        AssertError(result, "root.connections[1].source", "ghost");
    }

    [Fact]
    public void ConnectionToUnknownActivity_IsAnErrorAtItsTarget()
    {
        var result = Validate(new TestDefinition().WriteLine("a").WriteLine("b").Connect("a", "b").Connect("a", "b").Connect("b", "ghost"));

        AssertError(result, "root.connections[2].target", "ghost");
    }

    [Fact]
    public void SourcePortTheActivityDoesNotHave_IsAnError_ListingItsPorts()
    {
        var result = Validate(new TestDefinition()
            .Activity("decide", "Elsa.FlowDecision", ("condition", Literal(true)))
            .WriteLine("yes")
            .Connect("decide", "yes", "Done"));

        var problem = AssertError(result, "root.connections[0].source.port", "Done");
        Assert.Contains("True, False", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SourcePortOfAFlatConnection_IsReportedAtSourcePort()
    {
        var result = Validate(new TestDefinition()
            .Activity("decide", "Elsa.FlowDecision", ("condition", Literal(true)))
            .WriteLine("yes")
            .ConnectFlat("decide", "yes", "Maybe"));

        AssertError(result, "root.connections[0].sourcePort", "Maybe");
    }

    [Fact]
    public void ConnectionLeavingEnd_IsAnError_BecauseEndHasNoPorts()
    {
        var result = Validate(new TestDefinition().Activity("end", "Elsa.End").WriteLine("after").Connect("end", "after"));

        AssertError(result, "root.connections[0].source.port", "no outbound ports");
    }

    [Fact]
    public void HumanTaskPorts_AreItsOutcomesAndItsEscalationPort()
    {
        var result = Validate(new TestDefinition()
            .HumanTask("task", ("due", Literal("P3D")), ("escalation", Literal("Overdue")))
            .WriteLine("approved").WriteLine("remind").WriteLine("timedOut")
            .Connect("task", "approved", "Approve")
            .Connect("task", "remind", "Overdue")
            .Connect("task", "timedOut", "Timeout"));

        var problem = AssertError(result, "root.connections[2].source.port", "Timeout");
        Assert.Contains("Approve, Reject, Overdue", problem.Message, StringComparison.Ordinal);
        Assert.Single(result.Problems, p => p.IsError);
    }

    [Fact]
    public void DuplicateVariableName_IsReportedAtTheSecond()
    {
        var result = Validate(new TestDefinition().Variable("days").Variable("reason").Variable("days").WriteLine("a"));

        AssertError(result, "variables[2].name", "days");
    }

    [Fact]
    public void UnreachableActivity_IsAWarning_AndTheDefinitionStaysValid()
    {
        var result = Validate(new TestDefinition()
            .Activity("start", "Elsa.Start").WriteLine("a").WriteLine("island").WriteLine("afterIsland")
            .Connect("start", "a").Connect("island", "afterIsland"));

        Assert.True(result.IsValid, Describe(result));
        var warnings = result.Problems.Where(p => p.Severity == ProblemSeverity.Warning).ToList();
        Assert.Equal(["root.activities[2]", "root.activities[3]"], warnings.Select(w => w.Path));
        Assert.Contains("cannot be reached", warnings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefinitionWithNoActivities_IsValid()
    {
        var result = Validate(new TestDefinition());

        AssertNoErrors(result);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void EveryProblem_IsCollected_NotJustTheFirst()
    {
        var result = Validate(new TestDefinition()
            .Variable("x").Variable("x")
            .Activity("start", "Elsa.Start")
            .Activity("http", "Elsa.HttpEndpoint")
            .HumanTask("task", ("role", Literal("")))
            .Activity("decide", "Elsa.FlowDecision", ("condition", JavaScript("1 +")))
            .Activity("wait", "Elsa.Delay", ("timeSpan", Literal("soon")))
            .Connect("start", "task").Connect("task", "decide", "Approve").Connect("decide", "wait", "Maybe").Connect("wait", "ghost")
            .Start("start"));

        AssertError(result, "variables[1].name", "x");
        AssertError(result, "root.activities[1].type", "Elsa.HttpEndpoint");
        AssertError(result, "root.activities[2].role", "required");
        AssertError(result, "root.activities[3].condition", "JavaScript");
        AssertError(result, "root.activities[4].timeSpan", "soon");
        AssertError(result, "root.connections[2].source.port", "Maybe");
        AssertError(result, "root.connections[3].target", "ghost");
    }

    [Fact]
    public void NotJson_YieldsAProblem_AndNoDefinition()
    {
        var result = Validator.Validate("{ \"root\": ");

        Assert.Null(result.Definition);
        Assert.False(result.IsValid);
        Assert.Contains(result.Problems, p => p.Path == "$");
    }

    [Fact]
    public void ReaderProblems_AreIncluded_WithTheValidatorsOwn()
    {
        var result = Validator.Validate("""
            { "definitionId": "d", "root": { "type": "Elsa.Flowchart",
              "activities": [ { "type": "Elsa.WriteLine" }, { "id": "x", "type": "Elsa.Nope" } ] } }
            """);

        AssertError(result, "root.activities[0].id", "id");
        AssertError(result, "root.activities[1].type", "Elsa.Nope");
    }

    [Fact]
    public void InvalidUtf8InsideAString_IsAProblem_NotAnException()
    {
        byte[] utf8 = [.. "{\"definitionId\":\"d"u8, 0xC3, .. "x\",\"root\":{}}"u8];

        var result = Validator.Validate(utf8);

        Assert.Null(result.Definition);
        AssertError(result, "$", "UTF-8");
    }

    [Fact]
    public void PropertyWrittenTwice_IsAProblem_AtItsPath()
    {
        var result = Validator.Validate("""
            { "definitionId": "d", "root": { "type": "Elsa.Flowchart", "activities": [],
              "connections": [ { "source": "a", "target": "b" }, { "source": { "port": "Done", "port": "True" } } ] } }
            """);

        AssertError(result, "root.connections[1].source.port", "twice");
    }

    [Fact]
    public void Utf8WithByteOrderMark_IsRead()
    {
        byte[] utf8 = [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(new TestDefinition().WriteLine("a").ToJson())];

        AssertNoErrors(Validator.Validate(utf8));
    }
}
