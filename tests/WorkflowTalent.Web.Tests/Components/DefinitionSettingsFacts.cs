using System.Text.Json.Nodes;
using WorkflowTalent.Testing;
using WorkflowTalent.Web.Components.Definitions;

namespace WorkflowTalent.Web.Tests.Components;

/// <summary>The editor's settings form over workflows/talent-leave.json (R15.1).</summary>
public sealed class DefinitionSettingsFacts
{
    private static readonly string Leave = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "workflows", "talent-leave.json"));

    [Fact]
    public void Read_ListsTheLeaveApprovers_WithTheirRolesDueVariableAndOverdueMails_R15_1()
    {
        var settings = DefinitionSettings.Read(Leave)!;

        Assert.Equal(["county", "unitHr", "unit"], settings.Tasks.Select(t => t.Id));
        var county = settings.Tasks[0];
        Assert.Equal(("CountyOrganization", "variables.county", "Overdue"), (county.Role, county.Scope!.Value, county.Escalation));
        Assert.Equal(new ExpressionSetting("Variable", "approvalDue"), county.Due);
        Assert.Equal(["remindCounty", "escalateCounty"], county.OverdueTargets);
        var due = Assert.Single(settings.DueVariables);
        Assert.Equal(("approvalDue", "P3D"), (due.Name, due.Default));
        Assert.Equal(["county", "unitHr", "unit"], due.UsedBy);
        Assert.Contains(settings.Emails, e => e.Id == "notifyApproved" && e.Subject == "【玉溪市基层人才对口培养】请假审批结果");
    }

    [Fact]
    public void Setters_RewriteTheJson_AndLeaveEverythingElseAsItWas()
    {
        var settings = DefinitionSettings.Read(Leave)!;

        settings.SetVariableDefault("approvalDue", "P5D");
        settings.SetRole("unit", "ReceivingUnitHr");
        settings.SetDue("unitHr", "PT12H");
        settings.SetSubject("notifyApproved", "请假已批准");

        var json = JsonNode.Parse(settings.ToJson())!;
        var original = JsonNode.Parse(Leave)!;
        Assert.Equal("P5D", (string?)json["variables"]!.AsArray().Single(v => (string?)v!["name"] == "approvalDue")!["value"]);
        Assert.Equal("ReceivingUnitHr", (string?)Activity(json, "unit")["role"]!["expression"]!["value"]);
        Assert.Equal(("Literal", "PT12H"), ((string?)Activity(json, "unitHr")["due"]!["expression"]!["type"], (string?)Activity(json, "unitHr")["due"]!["expression"]!["value"]));
        Assert.Equal("请假已批准", (string?)Activity(json, "notifyApproved")["subject"]!["expression"]!["value"]);
        Assert.True(JsonNode.DeepEquals(original["root"]!["connections"], json["root"]!["connections"]));
        Assert.True(JsonNode.DeepEquals(Activity(original, "county"), Activity(json, "county")));
        Assert.Contains("请假审批结果", settings.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void TimerVariables_AreTheReportInReminderLeadTimes_AndTheirDefaultIsWritten_R6_5()
    {
        var reportIn = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "workflows", "talent-report-in.json"));
        var settings = DefinitionSettings.Read(reportIn)!;

        Assert.Equal(
            [("firstReminderDays", "7", "waitFirstReminder"), ("lastReminderDays", "1", "waitLastReminder")],
            settings.TimerVariables.Select(v => (v.Name, v.Default, string.Join(",", v.UsedBy))));
        Assert.Empty(DefinitionSettings.Read(Leave)!.TimerVariables);

        settings.SetVariableDefault("firstReminderDays", "10");
        var json = JsonNode.Parse(settings.ToJson())!;
        Assert.Equal("10", (string?)json["variables"]!.AsArray().Single(v => (string?)v!["name"] == "firstReminderDays")!["value"]);
    }

    [Fact]
    public void Read_IsNull_WhenTheTextIsNotAnObject()
    {
        Assert.Null(DefinitionSettings.Read("{ \"root\": "));
        Assert.Null(DefinitionSettings.Read("[]"));
    }

    private static JsonNode Activity(JsonNode definition, string id) =>
        definition["root"]!["activities"]!.AsArray().Single(a => (string?)a!["id"] == id)!;
}
