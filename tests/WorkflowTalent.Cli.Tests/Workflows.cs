namespace WorkflowTalent.Cli.Tests;

/// <summary>The definitions the tests run.</summary>
internal static class Workflows
{
    public const string Start = "2026-07-01T09:00:00+08:00";

    public static string Hello() => new DefinitionBuilder("hello").WriteLine("say", "你好，世界").ToJson();

    /// <summary>R15.1-like leave approval: one task for the county, then a line per outcome.</summary>
    public static string Leave() => new DefinitionBuilder("leave", "请假审批")
        .Variable("traineeName", "String", "张三")
        .Variable("decision", "Object", "")
        .Start()
        .HumanTask("approve", "审批 {{ Variables.traineeName }} 的请假", "CountyOrganization", """["Approve","Reject"]""", resultVariable: "decision")
        .WriteLine("approved", "批准")
        .WriteLine("rejected", "驳回")
        .Connect("start", "approve")
        .Connect("approve", "approved", "Approve")
        .Connect("approve", "rejected", "Reject")
        .ToJson();

    public static string WaitTwoHours() => new DefinitionBuilder("wait")
        .Start()
        .Delay("delay", "PT2H")
        .WriteLine("say", "done")
        .Connect("start", "delay")
        .Connect("delay", "say")
        .ToJson();

    public static string HttpEndpoint() => new DefinitionBuilder("http")
        .Activity("endpoint", "Elsa.HttpEndpoint", ("path", DefinitionBuilder.Literal("/hello")))
        .WriteLine("say", "hi")
        .Connect("endpoint", "say")
        .ToJson();

    public static string Parent(string childDefinitionId) => new DefinitionBuilder("parent")
        .Start()
        .Activity("child", "Elsa.ExecuteWorkflow", ("workflowDefinitionId", DefinitionBuilder.Literal(childDefinitionId)))
        .WriteLine("after", "child done")
        .Connect("start", "child")
        .Connect("child", "after")
        .ToJson();

    public static string Child(string definitionId) => new DefinitionBuilder(definitionId).WriteLine("say", "in the child").ToJson();

    public const string CompleteByCounty =
        """{"complete":{"activity":"approve","outcome":"Approve","comment":"同意","by":{"role":"CountyOrganization","user":"li"}}}""";
}
