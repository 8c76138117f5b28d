using WorkflowTalent.Cli.Trace;

namespace WorkflowTalent.Cli.Tests.Trace;

public sealed class TestCitationsTests
{
    private const string Fact = FakeRepository.Fact;

    private static string[] Found(params string[] lines) =>
        TestCitations.InSource("tests/X/XTests.cs", lines).Select(c => $"{c.Id} {c.Place.FullName}:{c.Place.Line}").ToArray();

    [Fact]
    public void InSource_FindsAnAttributeOnTheDeclarationsLine()
    {
        Assert.Equal(["R3.4 XTests.Allocate_R3_4:2"], Found("public class XTests {", $"    {Fact} public void Allocate_R3_4() {{ }}"));
    }

    [Fact]
    public void InSource_FindsSkippedAndDerivedFacts_AndAttributeLists()
    {
        var found = Found(
            "public sealed class StoreFacts",
            "{",
            """    [Fact(Skip = "needs Postgres [later]")]""",
            "    public async Task Save_R6_1() { }",
            "    [PostgresFact, Trait(\"db\", \"pg\")]",
            "    internal static Task Load_R6_2() => Task.CompletedTask;",
            "    [Xunit.TheoryAttribute]",
            "    [MemberData(nameof(Cases))]",
            "    public void Many_R6_3(int x) { }",
            "}");

        Assert.Equal(["R6.1 StoreFacts.Save_R6_1:4", "R6.2 StoreFacts.Load_R6_2:6", "R6.3 StoreFacts.Many_R6_3:9"], found);
    }

    [Fact]
    public void InSource_IgnoresMethodsWithoutATestAttribute()
    {
        var found = Found(
            "public sealed class XTests",
            "{",
            "    [Obsolete(\"old\")]",
            "    public void Old_R6_1() { }",
            $"    {Fact}",
            "    private readonly int _r6_2;",
            "    public void NotAfterAField_R6_2() { }",
            "    public void Helper_R6_3() { }",
            "}");

        Assert.Empty(found);
    }

    [Fact]
    public void InSource_TakesTheNearestClassAboveTheMethod()
    {
        var found = Found(
            "public sealed class FirstTests",
            "{",
            "}",
            "",
            "internal sealed partial class SecondTests : IDisposable",
            "{",
            $"    {Fact}",
            "    public void Approve_R15_1() { }",
            "}");

        Assert.Equal(["R15.1 SecondTests.Approve_R15_1:8"], found);
    }

    [Fact]
    public void InSource_KeepsFindingTests_AfterACollectionExpressionInABody()
    {
        var found = Found(
            "public sealed class XTests",
            "{",
            $"    {Fact}",
            "    public void First_R6_1()",
            "    {",
            "        Assert.Equal(",
            "            [",
            "                \"a\",",
            "            ],",
            "            Values());",
            "        [Unrelated(",
            "        Assert.Equal([Email], mail.Cc);",
            "    }",
            "",
            $"    {Fact}",
            "    public void Second_R6_2() { }",
            "}");

        Assert.Equal(["R6.1 XTests.First_R6_1:4", "R6.2 XTests.Second_R6_2:16"], found);
    }
}
