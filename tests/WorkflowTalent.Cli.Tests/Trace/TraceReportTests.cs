using WorkflowTalent.Cli.Trace;

namespace WorkflowTalent.Cli.Tests.Trace;

public sealed class TraceReportTests : IDisposable
{
    private readonly FakeRepository _repo = FakeRepository.Mixed();

    public void Dispose() => _repo.Dispose();

    private TraceReport Scan() =>
        TraceReport.Scan(_repo.Root, PolicyRules.Parse(File.ReadAllText(Path.Combine(_repo.Root, PolicyRules.DefaultRelativePath))));

    private RequirementTrace Trace(string id) => Assert.Single(Scan().Requirements, r => r.Id.ToString() == id);

    [Fact]
    public void Scan_KeepsThePolicyPagesOrderAndTitles()
    {
        var report = Scan();

        Assert.Equal(["R1.1", "R1.10", "R2.1", "R3.1"], report.Requirements.Select(r => r.Id.ToString()));
        Assert.Equal("Leave of more than **3 days** needs two approvals.", report.Requirements[0].Requirement.Title);
    }

    [Fact]
    public void Scan_FindsTheDefinition_AndTheActivityThatCiteTheId()
    {
        var places = Trace("R1.1").Definitions;

        Assert.Equal(
            [
                new DefinitionPlace("workflows/leave.json", "leave", null, null, null),
                new DefinitionPlace("workflows/leave.json", "leave", "check", "超过3天？ More than 3 days?", 13),
            ],
            places);
    }

    [Fact]
    public void Scan_DoesNotCountALongerId_AsTheShorterOne()
    {
        var shorter = Trace("R1.1");
        var longer = Trace("R1.10");

        Assert.DoesNotContain(shorter.Definitions, d => d.ActivityId == "approve");
        Assert.Equal([new DefinitionPlace("workflows/leave.json", "leave", "approve", "审批 Approve", 18)], longer.Definitions);
        Assert.Equal(["Approve_NeedsTwo_R1_1"], shorter.Tests.Select(t => t.MethodName));
        Assert.Equal(["R1_10_Rule"], longer.Tests.Select(t => t.MethodName));
        // Line 3 cites both ids; it is one place for each.
        Assert.Equal([new CodePlace("src/Leave/LeaveRules.cs", 3)], shorter.Code);
        Assert.Equal([new CodePlace("src/Leave/LeaveRules.cs", 3)], longer.Code);
    }

    [Fact]
    public void Scan_FindsCodeInCommentsAndAttributes_AndSkipsBuildOutputAndMigrations()
    {
        Assert.Equal([new CodePlace("src/Leave/LeaveRules.cs", 6)], Trace("R3.1").Code);
        Assert.Empty(Trace("R2.1").Code);
    }

    [Fact]
    public void Scan_CountsOnlyFactAndTheoryMethods_NotHelpersOrScripts()
    {
        Assert.Empty(Trace("R3.1").Tests);
        Assert.Equal(
            [
                new TestPlace("tests/Leave.Tests/LeaveTests.cs", 6, "LeaveTests", "Approve_NeedsTwo_R1_1"),
            ],
            Trace("R1.1").Tests);
        Assert.Equal([new TestPlace("tests/Leave.Tests/LeaveTests.cs", 12, "LeaveTests", "R1_10_Rule")], Trace("R1.10").Tests);
        Assert.Equal([new TestPlace("tests/Leave.Tests/LeaveTests.cs", 17, "LeaveTests", "R2_1_Tested")], Trace("R2.1").Tests);
    }

    [Fact]
    public void Scan_CallsARequirementEnforced_OnlyThroughCodeOrAnActivity()
    {
        var report = Scan();

        Assert.Equal(
            [("R1.1", true, true), ("R1.10", true, true), ("R2.1", false, true), ("R3.1", true, false)],
            report.Requirements.Select(r => (r.Id.ToString(), r.IsEnforced, r.IsTested)));
        Assert.Equal(["R2.1", "R3.1"], report.Incomplete.Select(r => r.Id.ToString()));
    }

    [Fact]
    public void Scan_ListsIdsCitedButNotOnThePolicyPage()
    {
        var unknown = Assert.Single(Scan().UnknownIds);

        Assert.Equal("R4.2", unknown.Id.ToString());
        Assert.Equal("unrelated", Assert.Single(unknown.Definitions).ActivityId);
    }

    [Fact]
    public void Scan_CountsADefinitionOnlyCitation_AsNotEnforced()
    {
        _repo.Write("workflows/leave.json", """{ "definitionId": "leave", "description": "R3.1", "root": { "activities": [] } }""");
        _repo.Write("src/Leave/LeaveRules.cs", "namespace Leave;\n");

        var trace = Trace("R3.1");

        Assert.Single(trace.Definitions);
        Assert.False(trace.IsEnforced);
    }
}
