using WorkflowTalent.Documents.Localization;

namespace WorkflowTalent.Documents.ApplicationForm;

/// <summary>R6.1: the 申请表's printed labels.</summary>
internal static class ApplicationFormLabels
{
    public static readonly Text Title = new("玉溪市基层人才对口培养计划申请表", "Yuxi Grassroots Talent Counterpart Training Plan: Application Form");
    public static readonly Text Name = new("姓名", "Name");
    public static readonly Text Gender = new("性别", "Gender");
    public static readonly Text Ethnicity = new("民族", "Ethnicity");
    public static readonly Text BirthMonth = new("出生年月", "Date of birth");
    public static readonly Text PoliticalStatus = new("政治面貌", "Political status");
    public static readonly Text Education = new("学历", "Education");
    public static readonly Text ProfessionalTitle = new("职称", "Professional title");
    public static readonly Text Field = new("专业领域", "Field");
    public static readonly Text WorkUnit = new("工作单位", "Work unit");
    public static readonly Text County = new("所在县（市、区）", "County (city, district)");
    public static readonly Text Township = new("所在乡镇（街道）", "Township (street)");
    public static readonly Text RequestedReceivingUnit = new("申请接收单位", "Requested receiving unit");
    public static readonly Text Resume = new("个人简历/主要业绩", "Résumé / main achievements");
    public static readonly Text WorkUnitOpinion = new("原工作单位推荐意见", "Recommendation of the original work unit");
    public static readonly Text CountyOpinion = new("县区委组织部意见", "Opinion of the county Organisation Department");
    public static readonly Text MunicipalOpinion = new("市委组织部审核意见", "Review of the Municipal Organisation Department");

    public static readonly Text GoodConduct = new("政治素质好、职业道德好", "Good political and professional conduct");
    public static readonly Text TechnicalBackbone = new("本单位业务技术骨干", "A technical backbone of the unit");
    public static readonly Text DevelopmentPotential = new("具有发展潜力", "Has development potential");
    public static readonly Text GoodHealth = new("身体健康", "In good health");
    public static readonly Text WeRecommend = new("经审核，同意推荐。本单位确认该同志：", "We recommend the candidate and confirm that the candidate:");
}
