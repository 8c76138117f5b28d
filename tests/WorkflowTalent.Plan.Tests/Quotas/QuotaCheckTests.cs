using WorkflowTalent.Plan.Quotas;
using WorkflowTalent.Plan.ReferenceData;
using WorkflowTalent.Plan.Settings;

namespace WorkflowTalent.Plan.Tests.Quotas;

public sealed class QuotaCheckTests
{
    private static readonly QuotaAllocation Allocation =
        QuotaAllocator.Allocate(PlanSettings.Default, YuxiReferenceData.Counties, new Dictionary<string, int>());

    [Fact]
    public void Check_AcceptsUpToThePlaces_R3_4()
    {
        Assert.Null(QuotaCheck.Check(Allocation, "通海县", 10));
    }

    [Fact]
    public void Check_RefusesMoreCandidatesThanPlaces_R6_1()
    {
        var refusal = QuotaCheck.Check(Allocation, "通海县", 11);

        Assert.NotNull(refusal);
        Assert.Equal("R3.4", refusal.RuleId);
        Assert.Equal("通海县本批次名额 10 人，推荐 11 人，超出名额（R3.4、R6.1）", refusal.Message.ZhCn);
        Assert.Equal("Tonghai County has 10 places in this batch but recommends 11 candidates (R3.4, R6.1)", refusal.Message.En);
    }

    [Fact]
    public void Check_RefusesACountyWithoutPlaces_R3_4()
    {
        var refusal = QuotaCheck.Check(Allocation, "昆明市", 1);

        Assert.Equal("昆明市本批次名额 0 人，推荐 1 人，超出名额（R3.4、R6.1）", refusal?.Message.ZhCn);
    }
}
