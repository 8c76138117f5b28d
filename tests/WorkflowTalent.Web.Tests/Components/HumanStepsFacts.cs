using System.Globalization;
using WorkflowTalent.Web.Components.Inbox;

namespace WorkflowTalent.Web.Tests.Components;

public sealed class HumanStepsFacts
{
    [Fact]
    public void In_ListsEachTaskStepOnce_NamedByTheChineseHalfOfItsDisplayText()
    {
        const string json = """
            {"root":{"type":"Elsa.Flowchart","activities":[
              {"id":"county","type":"WorkflowTalent.HumanTask","metadata":{"designer":{},"displayText":"县区委组织部审批 County approval"}},
              {"id":"mail","type":"WorkflowTalent.SendEmail","metadata":{"displayText":"通知本人：同意 Approved"}},
              {"id":"inner","type":"Elsa.Flowchart","activities":[{"id":"unitHr","type":"WorkflowTalent.HumanTask","name":"UnitHr"}]},
              {"id":"county","type":"WorkflowTalent.HumanTask"}]}}
            """;

        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");

        Assert.Equal([("county", "县区委组织部审批"), ("unitHr", "UnitHr")], HumanSteps.In(json));
    }

    [Fact]
    public void In_IsEmpty_WhenTheJsonIsMissingOrBroken()
    {
        Assert.Empty(HumanSteps.In(null));
        Assert.Empty(HumanSteps.In("{not json"));
    }
}
