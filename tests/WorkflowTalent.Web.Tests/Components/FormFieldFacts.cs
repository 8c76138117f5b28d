using System.Text.Json.Nodes;
using WorkflowTalent.Web.Components.Tasks;

namespace WorkflowTalent.Web.Tests.Components;

public sealed class FormFieldFacts
{
    private const string Form = """
        [{"name":"comment","type":"textarea","label":"审批意见","required":true},
         {"name":"days","type":"number"},
         {"name":"grade","type":"select","options":["优秀",{"value":"good","label":"良好"}]},
         {"type":"text"}]
        """;

    [Fact]
    public void Parse_ReadsEveryNamedField_WhenTheFormIsStoredAsText()
    {
        var fields = FormField.Parse(JsonValue.Create(Form));

        Assert.Equal(["comment", "days", "grade"], fields.Select(f => f.Name));
        Assert.True(fields[0].Required);
        Assert.Equal("审批意见", fields[0].Label);
        Assert.Equal("days", fields[1].Label);
        Assert.Equal([new FormOption("优秀", "优秀"), new FormOption("good", "良好")], fields[2].Options);
    }

    [Fact]
    public void ToData_LeavesOutEmptyFields_SoTheServiceReportsRequiredOnes()
    {
        var fields = FormField.Parse(JsonNode.Parse(Form));
        var values = new FormValues();
        values.SetText("comment", "  ");
        values.SetNumber("days", 5);
        values.SetText("grade", "good");

        var data = values.ToData(fields);

        Assert.False(data.ContainsKey("comment"));
        Assert.Equal(5m, data["days"]!.GetValue<decimal>());
        Assert.Equal("good", data["grade"]!.GetValue<string>());
    }
}
