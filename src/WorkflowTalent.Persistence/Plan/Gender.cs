namespace WorkflowTalent.Persistence.Plan;

/// <summary>A candidate's gender (性别), printed on the 申请表, the 汇总表 and the 考核登记表 (R6.1, R14.1).</summary>
public enum Gender
{
    Male = 1,
    Female = 2,
}
