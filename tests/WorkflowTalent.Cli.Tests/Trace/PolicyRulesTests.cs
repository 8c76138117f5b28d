using WorkflowTalent.Cli.Trace;

namespace WorkflowTalent.Cli.Tests.Trace;

public sealed class PolicyRulesTests
{
    [Fact]
    public void Parse_ReadsEachRequirementLine_AndNothingElse()
    {
        var requirements = PolicyRules.Parse(
            "# Rules\r\n\r\nCode cites R3.1 here.\r\n- **R3.1** Up to **100** trainees.\r\n- **R3.10** Tenth.\r\n"
            + "| R3.2 | in a table |\r\n  - **R3.2**   Indented, extra spaces.  \r\n- **R3.1** Listed again.\r\n- R4.1 not bold\r\n");

        Assert.Equal(
            [("R3.1", "Up to **100** trainees."), ("R3.10", "Tenth."), ("R3.2", "Indented, extra spaces.")],
            requirements.Select(r => (r.Id.ToString(), r.Title)));
    }
}
