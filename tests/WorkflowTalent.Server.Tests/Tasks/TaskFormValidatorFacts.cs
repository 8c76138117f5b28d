using System.Text.Json.Nodes;
using WorkflowTalent.Server.Tasks;

namespace WorkflowTalent.Server.Tests.Tasks;

/// <summary>A completion's data against the task's form: each problem names its field.</summary>
public sealed class TaskFormValidatorFacts
{
    private const string Form = """
        [{"name":"comment","type":"textarea","label":"审批意见","required":true},
         {"name":"days","type":"number"},
         {"name":"returnDate","type":"date"},
         {"name":"agreed","type":"checkbox"},
         {"name":"level","type":"select","options":["一般",{"value":"紧急","label":"紧急 Urgent"}]}]
        """;

    [Fact]
    public void Check_AcceptsData_ThatFitsTheForm()
    {
        var data = new JsonObject { ["comment"] = "同意", ["days"] = 5, ["returnDate"] = "2026-09-19", ["agreed"] = true, ["level"] = "紧急" };
        Assert.Empty(TaskFormValidator.Check(Form, data));
    }

    [Fact]
    public void Check_NamesEveryFieldThatIsMissingMistypedOrUnknown()
    {
        var data = new JsonObject { ["comment"] = " ", ["days"] = "五", ["returnDate"] = "19/09", ["agreed"] = "yes", ["level"] = "特急", ["extra"] = 1 };

        var problems = TaskFormValidator.Check(Form, data);

        Assert.Equal(["data.comment", "data.days", "data.returnDate", "data.agreed", "data.level", "data.extra"], problems.Select(p => p.Path));
        Assert.Equal("“审批意见”为必填项。comment is required.", problems[0].Message);
        Assert.EndsWith("level must be one of 一般, 紧急.", problems[4].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ReadsAFormStoredAsText_AsTheEngineMayStoreIt()
    {
        var asText = JsonValue.Create("""[{"name":"comment","type":"textarea","required":true}]""").ToJsonString();
        Assert.Equal(["data.comment"], TaskFormValidator.Check(asText, null).Select(p => p.Path));
    }

    [Fact]
    public void Check_WithoutAForm_AcceptsAnyData() =>
        Assert.Empty(TaskFormValidator.Check(null, new JsonObject { ["anything"] = 1 }));
}
