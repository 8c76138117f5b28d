using WorkflowTalent.Documents.Localization;

namespace WorkflowTalent.Documents.AssessmentForm;

/// <summary>R14.1–R14.3: the 考核登记表's printed labels, shared by the workbook and the print view.</summary>
internal static class AssessmentFormLabels
{
    public static readonly Text Title = new("玉溪市基层人才对口培养计划研修人员考核登记表", "Yuxi Grassroots Talent Counterpart Training Plan: Assessment Registration Form");
    public static readonly Text Name = new("姓名", "Name");
    public static readonly Text Gender = new("性别", "Gender");
    public static readonly Text Ethnicity = new("民族", "Ethnicity");
    public static readonly Text BirthMonth = new("出生年月", "Date of birth");
    public static readonly Text Education = new("学历", "Education");
    public static readonly Text ProfessionalTitle = new("职称", "Professional title");
    public static readonly Text County = new("选派单位（县区）", "Dispatching unit (county)");
    public static readonly Text WorkUnit = new("原工作单位", "Original work unit");
    public static readonly Text Field = new("专业领域", "Field");
    public static readonly Text Period = new("研修时间", "Training period");
    public static readonly Text ReceivingUnit = new("接收单位", "Receiving unit");
    public static readonly Text Department = new("科室", "Department");
    public static readonly Text Mentor = new("导师", "Mentor");
    public static readonly Text ResearchTopic = new("研修课题", "Research topic");
    public static readonly Text Summary = new("个人研修总结", "Written summary");
    public static readonly Text ResearchResults = new("研修期间取得的科研成果", "Research results achieved in training");
    public static readonly Text NoResearchResults = new("无", "None");
    public static readonly Text ReceivingUnitOpinion = new("接收单位考核意见", "Assessment by the receiving unit");
    public static readonly Text Grade = new("考核等次", "Grade");
    public static readonly Text TraineeSignature = new("研修人员签名：", "Trainee's signature: ");
    public static readonly Text MentorSignature = new("导师签名：", "Mentor's signature: ");
    public static readonly Text ReceivingUnitSeal = new("接收单位（盖章）：", "Receiving unit (seal): ");

    // R14.2: the four copies and who keeps them.
    public static readonly Text Copies = new(
        "本表一式四份，原工作单位、接收单位、县区委组织部、市委组织部各一份。",
        "This form is made in four copies, one each for the original work unit, the receiving unit, the county Organisation Department and the Municipal Organisation Department.");
}
