using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence;
using WorkflowTalent.Plan.ReferenceData;
using Problem = WorkflowTalent.Server.Applications.ApplicationProblems.Field;

namespace WorkflowTalent.Server.Applications;

/// <summary>Reads a registration request against the reference data, naming every value that is missing or unknown.</summary>
internal sealed class CandidateReader(WorkflowDbContext db)
{
    private const int MaxName = 200;

    public async Task<(CandidateInput? Candidate, IReadOnlyList<Problem> Problems)> ReadAsync(RegisterApplicationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<Problem>();
        string? Required(string? value, string path, string zh)
        {
            var text = value?.Trim();
            if (string.IsNullOrEmpty(text))
                problems.Add(new(path, $"{zh}必填", "is required"));
            else if (text.Length > MaxName)
                problems.Add(new(path, $"{zh}不能超过 {MaxName} 个字符", $"is longer than {MaxName} characters"));
            else
                return text;
            return null;
        }

        var name = Required(request.TraineeName, "traineeName", "姓名");
        var originalUnit = Required(request.OriginalUnit, "originalUnit", "原工作单位");
        var ethnicity = Required(request.Ethnicity, "ethnicity", "民族");
        // R6.1: the 申请表, 汇总表 and 考核登记表 print it.
        var gender = GenderNames.Parse(request.Gender);
        if (gender is null)
            problems.Add(new("gender", "性别须为男或女", "is 男 or 女 (male or female)"));
        if (request.BirthDate is null)
            problems.Add(new("birthDate", "出生日期必填", "is required"));
        var education = CandidateInput.ParseEducation(request.Education);
        if (education is null)
            problems.Add(new("education", "学历须为中专、大专、本科、硕士、博士之一", "is one of 中专, 大专, 本科, 硕士, 博士"));

        var countyName = Required(request.County, "county", "县（市、区）");
        var county = countyName is null ? null
            : await db.PlanCounties.AsNoTracking().Include(c => c.Townships).SingleOrDefaultAsync(c => c.Name == countyName, cancellationToken);
        if (countyName is not null && county is null)
            problems.Add(new("county", $"没有县（市、区）“{countyName}”", $"there is no county '{countyName}'"));
        var township = string.IsNullOrWhiteSpace(request.Township) || county is null ? null
            : county.Townships.FirstOrDefault(t => t.Name == request.Township.Trim());
        if (county is not null && !string.IsNullOrWhiteSpace(request.Township) && township is null)
            problems.Add(new("township", $"{county.Name}没有乡镇（街道）“{request.Township.Trim()}”", $"{county.EnglishName} has no township '{request.Township.Trim()}'"));

        // A field outside the five is not a typing error but R3.2's refusal (EligibilityRules), so it is not a problem here.
        var fieldText = Required(request.Field, "field", "专业领域");
        var field = fieldText is null ? null
            : await db.PlanFields.AsNoTracking().SingleOrDefaultAsync(f => f.Code == fieldText || f.NameZh == fieldText, cancellationToken);
        if (field is not null && Field.FromCode(field.Code) is null)
            field = null;

        var unitName = Required(request.RequestedReceivingUnit, "requestedReceivingUnit", "申请的接收单位");
        var unit = unitName is null ? null
            : await db.PlanReceivingUnits.AsNoTracking().Include(u => u.CompetentDepartment).SingleOrDefaultAsync(u => u.Name == unitName, cancellationToken);
        if (unitName is not null && unit is null)
            problems.Add(new("requestedReceivingUnit", $"没有接收单位“{unitName}”", $"there is no receiving unit '{unitName}'"));
        // R2.1, R6.3: a unit is found by its field's competent department; a candidate asks for one of their own field.
        if (unit is not null && field is not null && unit.FieldCode != field.Code)
            problems.Add(new("requestedReceivingUnit", $"接收单位“{unit.Name}”不属于{field.NameZh}领域（R2.1）", $"'{unit.Name}' is not a unit of the {field.NameEn.ToLowerInvariant()} field (R2.1)"));

        if (problems.Count > 0)
            return (null, problems);
        return (new CandidateInput(
            name!,
            string.IsNullOrWhiteSpace(request.TraineeUserName) ? null : request.TraineeUserName.Trim(),
            string.IsNullOrWhiteSpace(request.TraineeEmail) ? null : request.TraineeEmail.Trim(),
            gender!.Value,
            request.BirthDate!.Value,
            education!.Value,
            string.IsNullOrWhiteSpace(request.Title) ? null : request.Title.Trim(),
            field,
            county!,
            township,
            originalUnit!,
            ethnicity!,
            request.PartyMember ?? false,
            unit!), problems);
    }
}
