using WorkflowTalent.Plan.ReferenceData;

namespace WorkflowTalent.Server.Plan;

/// <summary>What an administrator's reference-data edit must satisfy before anything is stored, each problem at its JSON path.</summary>
internal static class ReferenceEditRules
{
    /// <summary>The column length of names and titles.</summary>
    public const int MaxLength = 200;

    public static List<PlanProblem> Check(CountyEdit edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var problems = new List<PlanProblem>();
        if (edit.Townships is { } townships)
            CheckNames(townships.Select(t => t.Name).ToList(), "townships", "乡镇（街道）", problems);
        return problems;
    }

    public static List<PlanProblem> Check(ReceivingUnitEdit edit, IReadOnlyDictionary<string, string?> fieldOfDepartment)
    {
        ArgumentNullException.ThrowIfNull(edit);
        ArgumentNullException.ThrowIfNull(fieldOfDepartment);
        var problems = new List<PlanProblem>();
        var field = edit.Field is { } code ? Field.FromCode(code) : null;
        if (field is null)
            problems.Add(new("field", $"专业领域须为 {string.Join("、", Field.All.Select(f => f.Code))} 之一（R3.2）",
                $"is one of {string.Join(", ", Field.All.Select(f => f.Code))} (R3.2)", "R3.2"));

        if (edit.CompetentDepartment is not { } department || !fieldOfDepartment.TryGetValue(department, out var departmentField))
            problems.Add(new("competentDepartment", $"主管部门须为 {string.Join("、", fieldOfDepartment.Keys)} 之一（R2.1）",
                $"is one of {string.Join(", ", fieldOfDepartment.Keys)} (R2.1)", "R2.1"));
        else if (field is not null && departmentField != field.Code)
            // R2.1: a receiving unit is found by the competent department of its own field.
            problems.Add(new("competentDepartment", $"{department}不是{field.NameZh}领域的主管部门（R2.1）",
                $"{department} is not a competent department of {field.NameEn.ToLowerInvariant()} (R2.1)", "R2.1"));

        if (edit.Departments is not { } departments)
        {
            problems.Add(new("departments", "须列出接收单位的全部科室（R6.3）", "lists every department of the unit (R6.3)", "R6.3"));
            return problems;
        }

        CheckNames(departments.Select(d => d.Name).ToList(), "departments", "科室", problems);
        for (var i = 0; i < departments.Count; i++)
        {
            var mentors = departments[i].Mentors ?? [];
            CheckNames(mentors.Select(m => m.Name).ToList(), $"departments[{i}].mentors", "导师", problems);
            for (var j = 0; j < mentors.Count; j++)
                if (string.IsNullOrWhiteSpace(mentors[j].Title) || mentors[j].Title!.Trim().Length > MaxLength)
                    problems.Add(new($"departments[{i}].mentors[{j}].title", $"导师职称须为 1 至 {MaxLength} 字", $"is 1 to {MaxLength} characters"));
        }

        return problems;
    }

    private static void CheckNames(List<string?> names, string path, string what, List<PlanProblem> problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i]?.Trim();
            if (string.IsNullOrEmpty(name) || name.Length > MaxLength)
                problems.Add(new($"{path}[{i}].name", $"{what}名称须为 1 至 {MaxLength} 字", $"is 1 to {MaxLength} characters"));
            else if (!seen.Add(name))
                problems.Add(new($"{path}[{i}].name", $"{what}“{name}”重复", $"{name} appears twice"));
        }
    }
}
