using WorkflowTalent.Documents.ApplicationForm;
using WorkflowTalent.Documents.AssessmentForm;
using WorkflowTalent.Documents.FinalList;
using WorkflowTalent.Documents.FormParts;
using WorkflowTalent.Documents.FundingLedger;
using WorkflowTalent.Documents.SummaryTable;
using WorkflowTalent.Documents.Terms;

namespace WorkflowTalent.Documents.Tests;

/// <summary>Builders for the forms' inputs, with plausible values a test overrides with `with`.</summary>
internal static class TestData
{
    public static SummaryTableRow SummaryRow(string name = "李明", int birthYear = 1988) => new()
    {
        Name = name,
        Gender = Gender.Male,
        Ethnicity = "彝族",
        BirthMonth = new DateOnly(birthYear, 3, 1),
        Education = EducationLevel.Bachelor,
        ProfessionalTitle = "主治医师",
        Field = ProfessionalField.Health,
        WorkUnit = "峨山县塔甸镇卫生院",
        Township = "塔甸镇",
        RemoteTownship = true,
        PartyMember = true,
        RequestedReceivingUnit = "玉溪市人民医院",
        Remarks = null,
    };

    public static CountySummaryInput CountySummary(int rows = 5)
    {
        string[] names = ["李明", "王芳", "张伟", "普丽", "刀成", "杨洁", "赵强"];
        var list = Enumerable.Range(0, rows).Select(i => SummaryRow(names[i % names.Length], 1985 + i) with
        {
            Gender = i % 2 == 0 ? Gender.Male : Gender.Female,
            Education = (EducationLevel)(i % 4),
            Field = (ProfessionalField)(i % 5),
            RemoteTownship = i % 3 == 0,
            PartyMember = i % 2 == 1,
            ProfessionalTitle = i == 2 ? null : "中级",
            Remarks = i == 1 ? "少数民族" : null,
        }).ToList();
        return new CountySummaryInput("峨山彝族自治县", 2026, 8, list);
    }

    public static ApplicationFormInput Candidate(string name = "李明") => new()
    {
        Name = name,
        Gender = Gender.Male,
        Ethnicity = "彝族",
        BirthMonth = new DateOnly(1988, 3, 1),
        PoliticalStatus = "中共党员",
        Education = EducationLevel.Bachelor,
        ProfessionalTitle = "主治医师",
        Field = ProfessionalField.Health,
        WorkUnit = "峨山县塔甸镇卫生院",
        County = "峨山彝族自治县",
        Township = "塔甸镇",
        RequestedReceivingUnit = "玉溪市人民医院",
        ResumeAndAchievements = "2010年毕业于昆明医科大学；2012年起在塔甸镇卫生院从事临床工作。",
        WorkUnitAttestation = new WorkUnitAttestation(true, true, true, true),
        WorkUnitOpinion = new Opinion("同意推荐。", "塔甸镇卫生院", new DateOnly(2026, 5, 10)),
        CountyOpinion = new Opinion("同意。", "中共峨山县委组织部", new DateOnly(2026, 5, 20)),
    };

    public static FinalListEntry Placement(string name = "李明") => new()
    {
        Name = name,
        County = "峨山彝族自治县",
        WorkUnit = "峨山县塔甸镇卫生院",
        Field = ProfessionalField.Health,
        ReceivingUnit = "玉溪市人民医院",
        Department = "心内科",
        Mentor = "陈华",
        ResearchTopic = "基层高血压规范化管理",
    };

    public static AssessmentFormInput Assessment(string name = "李明", AssessmentGrade? grade = AssessmentGrade.Pass) => new()
    {
        Name = name,
        Gender = Gender.Male,
        Ethnicity = "彝族",
        BirthMonth = new DateOnly(1988, 3, 1),
        Education = EducationLevel.Bachelor,
        ProfessionalTitle = "主治医师",
        Field = ProfessionalField.Health,
        County = "峨山彝族自治县",
        WorkUnit = "峨山县塔甸镇卫生院",
        ReceivingUnit = "玉溪市人民医院",
        Department = "心内科",
        Mentor = "陈华",
        ResearchTopic = "基层高血压规范化管理",
        PeriodStart = new DateOnly(2026, 9, 1),
        PeriodEnd = new DateOnly(2027, 2, 28),
        Summary = "六个月来在心内科轮转学习，掌握了高血压规范化管理。",
        ResearchResults = ["《基层高血压随访管理实践》，玉溪医学，2027年第1期"],
        ReceivingUnitOpinion = new Opinion("该同志学习认真，考核合格。", "玉溪市人民医院", new DateOnly(2027, 2, 20)),
        Grade = grade,
    };

    public static FundingLedgerInput Ledger() => new(2026,
    [
        new FundingLedgerEntry("玉溪市人民医院", "李明", "峨山彝族自治县", FundingStatus.Disbursed),
        new FundingLedgerEntry("玉溪市第一中学", "王芳", "江川区", FundingStatus.Pending),
        new FundingLedgerEntry("玉溪市人民医院", "张伟", "通海县", FundingStatus.Disbursed, "已到账"),
    ]);
}
