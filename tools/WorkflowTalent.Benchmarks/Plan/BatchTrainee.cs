using System.Globalization;
using System.Text.Json.Nodes;
using WorkflowTalent.Plan.ReferenceData;

namespace WorkflowTalent.Benchmarks.Plan;

/// <summary>
/// One trainee of the benchmark's batch: a deterministic application spread over the nine counties (R4.1) and the five
/// fields with their competent departments and receiving units (R3.2), half of them party members (R10.2).
/// </summary>
internal sealed record BatchTrainee(int Number, string County, string Field, string Department, string DepartmentEmail, string ReceivingUnit, string UnitEmail)
{
    public const string MunicipalEmail = "rcgzk@yxzzb.example.cn";

    // The nine counties of the plan's reference data (YuxiReferenceData), in its order.
    private static readonly string[] Counties = [.. YuxiReferenceData.Counties.Select(c => c.Name)];

    private static readonly (string Field, string Department, string DepartmentEmail, string Unit, string UnitEmail)[] Fields =
    [
        ("教育", "市教育体育局", "rsk@yxjtj.example.cn", "玉溪第一中学", "bgs@yxyz.example.cn"),
        ("卫生", "市卫生健康委", "rck@yxwjw.example.cn", "玉溪市人民医院", "rsk@yxrmyy.example.cn"),
        ("农业", "市农业农村局", "rsk@yxnyj.example.cn", "玉溪市农业科学院", "bgs@yxnky.example.cn"),
        ("城建规划", "市住房城乡建设局", "rsk@yxzjj.example.cn", "玉溪市城乡规划设计研究院", "bgs@yxghy.example.cn"),
        ("科技", "市科技局", "rsk@yxkjj.example.cn", "玉溪市科学技术情报研究所", "bgs@yxkjqb.example.cn"),
    ];

    public string Id => Number.ToString("000", CultureInfo.InvariantCulture);

    public string Correlation => $"2026-{Id}";

    public string UserName => $"trainee{Id}";

    public string Email => $"{UserName}@example.cn";

    public string CountyEmail => $"zzb{Number % Counties.Length}@county.example.cn";

    public string OriginalUnit => $"{County}基层单位{Id}";

    public bool PartyMember => Number % 2 == 0;

    /// <summary>R14.3: a fifth excellent (each with the county's follow-up plan, R14.4), a tenth basic pass, the rest pass.</summary>
    public string Grade => Number % 5 == 0 ? "优秀" : Number % 10 == 3 ? "基本合格" : "合格";

    public static IReadOnlyList<BatchTrainee> Batch(int count) =>
        [.. Enumerable.Range(0, count).Select(n =>
        {
            var f = Fields[n % Fields.Length];
            return new BatchTrainee(n, Counties[n % Counties.Length], f.Field, f.Department, f.DepartmentEmail, f.Unit, f.UnitEmail);
        })];

    /// <summary>talent-year's input: the application and the batch's dates.</summary>
    public JsonObject YearInput() => new()
    {
        ["traineeName"] = $"研修人员{Id}",
        ["traineeUser"] = UserName,
        ["traineeEmail"] = Email,
        ["birthDate"] = "1990-05-12",
        ["education"] = "大学本科",
        ["title"] = "中级职称",
        ["field"] = Field,
        ["originalUnit"] = OriginalUnit,
        ["originalUnitEmail"] = $"unit{Id}@example.cn",
        ["county"] = County,
        ["countyEmail"] = CountyEmail,
        ["township"] = "某镇",
        ["ethnicity"] = Number % 3 == 0 ? "彝族" : "汉族",
        ["partyMember"] = PartyMember,
        ["requestedReceivingUnit"] = ReceivingUnit,
        ["competentDepartment"] = Department,
        ["competentDepartmentEmail"] = DepartmentEmail,
        ["municipalEmail"] = MunicipalEmail,
        ["reportInDeadline"] = "2026-08-31T00:00:00+08:00",
        ["trainingStart"] = "2026-09-01",
        ["trainingEnd"] = "2027-03-01",
    };

    /// <summary>The fields talent-leave, talent-discipline and talent-extension share.</summary>
    public JsonObject CaseInput(params (string Name, JsonNode? Value)[] extra)
    {
        var input = new JsonObject
        {
            ["traineeName"] = $"研修人员{Id}",
            ["traineeUser"] = UserName,
            ["traineeEmail"] = Email,
            ["county"] = County,
            ["countyEmail"] = CountyEmail,
            ["originalUnit"] = OriginalUnit,
            ["originalUnitEmail"] = $"unit{Id}@example.cn",
            ["receivingUnit"] = ReceivingUnit,
            ["unitEmail"] = UnitEmail,
            ["unitHrEmail"] = UnitEmail,
            ["competentDepartment"] = Department,
            ["competentDepartmentEmail"] = DepartmentEmail,
            ["municipalEmail"] = MunicipalEmail,
        };
        foreach (var (name, value) in extra)
            input[name] = value;
        return input;
    }
}
