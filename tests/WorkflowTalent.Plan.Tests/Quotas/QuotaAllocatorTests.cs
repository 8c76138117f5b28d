using WorkflowTalent.Plan.Quotas;
using WorkflowTalent.Plan.ReferenceData;
using WorkflowTalent.Plan.Settings;

namespace WorkflowTalent.Plan.Tests.Quotas;

public sealed class QuotaAllocatorTests
{
    private static readonly Dictionary<string, int> NoCancellations = [];

    [Fact]
    public void Allocate_SumsExactlyToTotal_R3_1()
    {
        var allocation = QuotaAllocator.Allocate(PlanSettings.Default, YuxiReferenceData.Counties, NoCancellations);

        Assert.Equal(100, allocation.Total);
        Assert.Equal(100, allocation.TotalPlaces);
        Assert.Equal([10, 10, 9, 10, 9, 11, 13, 14, 14], allocation.Lines.Select(l => l.Places));
    }

    [Fact]
    public void Allocate_ExplainsEachLineWithItsComponents_R3_4()
    {
        var allocation = QuotaAllocator.Allocate(PlanSettings.Default, YuxiReferenceData.Counties, NoCancellations);

        var eshan = allocation.LineOf("峨山彝族自治县")!;
        Assert.Equal("峨山彝族自治县：基础 8.9 + 民族倾斜 3.3 + 边远乡镇 1.2 = 13.4 → 13", eshan.Explanation.ZhCn);
        Assert.Equal("Eshan Yi Autonomous County: base 8.9 + ethnic tilt 3.3 + remote townships 1.2 = 13.4 → 13", eshan.Explanation.En);
        Assert.Equal(80m / 9, eshan.Base, 20);
        Assert.Equal(10m / 3, eshan.EthnicTilt, 20);
        Assert.Equal(1.2m, eshan.RemoteTilt);
        Assert.Equal("易门县：基础 8.9 + 边远乡镇 1.6 = 10.5 → 11", allocation.LineOf("易门县")!.Explanation.ZhCn);
    }

    [Fact]
    public void Allocate_TiltsTowardEthnicAndRemote_R3_4()
    {
        County[] counties = [Counties.Make("甲"), Counties.Make("乙", ethnic: true), Counties.Make("丙", remote: 3), Counties.Make("丁")];

        var allocation = QuotaAllocator.Allocate(40, counties, new QuotaWeights(), NoCancellations);

        Assert.Equal([8, 12, 12, 8], allocation.Lines.Select(l => l.Places));
        Assert.Equal("乙：基础 8.0 + 民族倾斜 4.0 = 12.0 → 12", allocation.Lines[1].Explanation.ZhCn);
        Assert.Equal("丙 County: base 8.0 + remote townships 4.0 = 12.0 → 12", allocation.Lines[2].Explanation.En);
    }

    [Fact]
    public void Allocate_GivesEthnicCountiesMoreThanOthers_WithTheSeed_R3_4()
    {
        var allocation = QuotaAllocator.Allocate(PlanSettings.Default, YuxiReferenceData.Counties, NoCancellations);

        var ethnicMin = allocation.Lines.Where(l => l.County.IsEthnicAutonomous).Min(l => l.Places);
        var otherMax = allocation.Lines.Where(l => !l.County.IsEthnicAutonomous).Max(l => l.Places);
        Assert.True(ethnicMin > otherMax, $"{ethnicMin} vs {otherMax}");
    }

    [Fact]
    public void Allocate_UsesPerCountyRemoteFigureAndBaseWeight_WhenSet_R3_4()
    {
        County[] counties = [Counties.Make("甲", remote: 5), Counties.Make("乙")];
        var weights = new QuotaWeights
        {
            EthnicTiltShare = 0m,
            RemoteTiltShare = 0.2m,
            BaseWeights = new Dictionary<string, decimal> { ["乙"] = 3m },
            RemoteFigures = new Dictionary<string, decimal> { ["甲"] = 0m, ["乙"] = 2m },
        };

        var allocation = QuotaAllocator.Allocate(20, counties, weights, NoCancellations);

        // Base 16 split 1:3; the whole remote pool of 4 goes to 乙, whose figure replaces its count of 0.
        Assert.Equal([4, 16], allocation.Lines.Select(l => l.Places));
        Assert.Equal(3m, allocation.Inputs[1].BaseWeight);
        Assert.Equal(2m, allocation.Inputs[1].RemoteFigure);
    }

    [Fact]
    public void Allocate_FoldsTiltPoolIntoBase_WhenNoCountyQualifies_R3_4()
    {
        County[] counties = [Counties.Make("甲"), Counties.Make("乙")];

        var allocation = QuotaAllocator.Allocate(10, counties, new QuotaWeights(), NoCancellations);

        Assert.Equal([5, 5], allocation.Lines.Select(l => l.Places));
        Assert.Equal("甲：基础 5.0 = 5.0 → 5", allocation.Lines[0].Explanation.ZhCn);
    }

    [Fact]
    public void Allocate_ReducesCountyWithCancelledTrainee_R15_2()
    {
        var before = QuotaAllocator.Allocate(PlanSettings.Default, YuxiReferenceData.Counties, NoCancellations);
        var after = QuotaAllocator.Allocate(PlanSettings.Default, YuxiReferenceData.Counties, new Dictionary<string, int> { ["峨山彝族自治县"] = 1 });

        Assert.Equal(13, before.PlacesOf("峨山彝族自治县"));
        Assert.Equal(12, after.PlacesOf("峨山彝族自治县"));
        Assert.Equal(100, after.Total);
        Assert.Equal([10, 10, 10, 10, 9, 11, 12, 14, 14], after.Lines.Select(l => l.Places));
        Assert.Equal("峨山彝族自治县：基础 8.9 + 民族倾斜 3.3 + 边远乡镇 1.2 − 取消 1 人（1.0） = 12.4 → 12", after.LineOf("峨山彝族自治县")!.Explanation.ZhCn);
        Assert.Equal(
            "Eshan Yi Autonomous County: base 8.9 + ethnic tilt 3.3 + remote townships 1.2 − 1 cancelled (1.0) = 12.4 → 12",
            after.LineOf("峨山彝族自治县")!.Explanation.En);
        Assert.Equal("红塔区：基础 8.9 + 边远乡镇 0.8 + 再分配 0.1 = 9.8 → 10", after.LineOf("红塔区")!.Explanation.ZhCn);
    }

    [Fact]
    public void Allocate_RedistributesFreedPlacesToCountiesWithoutCancellations_R15_2()
    {
        County[] counties = [Counties.Make("甲"), Counties.Make("乙"), Counties.Make("丙")];

        var allocation = QuotaAllocator.Allocate(30, counties, new QuotaWeights(), new Dictionary<string, int> { ["甲"] = 2 });

        Assert.Equal([8, 11, 11], allocation.Lines.Select(l => l.Places));
        Assert.Equal(2m, allocation.Lines[0].CancellationPenalty);
        Assert.Equal(0m, allocation.Lines[0].Redistributed);
        Assert.Equal(1m, allocation.Lines[1].Redistributed);
        Assert.Equal("乙：基础 10.0 + 再分配 1.0 = 11.0 → 11", allocation.Lines[1].Explanation.ZhCn);
    }

    [Fact]
    public void Allocate_NeverGoesNegative_WhenCancellationsExceedTheShare_R15_2()
    {
        County[] counties = [Counties.Make("甲"), Counties.Make("乙")];

        var allocation = QuotaAllocator.Allocate(4, counties, new QuotaWeights(), new Dictionary<string, int> { ["甲"] = 5 });

        Assert.Equal([0, 4], allocation.Lines.Select(l => l.Places));
        Assert.Equal(2m, allocation.Lines[0].CancellationPenalty);
        Assert.Equal("甲：基础 2.0 − 取消 5 人（2.0） = 0.0 → 0", allocation.Lines[0].Explanation.ZhCn);
    }

    [Fact]
    public void Allocate_SharesFreedPlacesByWhatIsKept_WhenEveryCountyHadCancellations_R15_2()
    {
        County[] counties = [Counties.Make("甲"), Counties.Make("乙")];

        var allocation = QuotaAllocator.Allocate(20, counties, new QuotaWeights(), new Dictionary<string, int> { ["甲"] = 1, ["乙"] = 5 });

        // Kept 9 and 5; the 6 freed places follow 9:5, so 12.857 and 7.143.
        Assert.Equal([13, 7], allocation.Lines.Select(l => l.Places));
    }

    [Fact]
    public void Allocate_BreaksEqualRemaindersBySeedOrder_R3_1()
    {
        County[] counties = [Counties.Make("甲"), Counties.Make("乙"), Counties.Make("丙")];

        var allocation = QuotaAllocator.Allocate(10, counties, new QuotaWeights(), NoCancellations);

        Assert.Equal([4, 3, 3], allocation.Lines.Select(l => l.Places));
    }

    [Fact]
    public void Allocate_Throws_WhenEveryBaseWeightIsZero()
    {
        County[] counties = [Counties.Make("甲")];
        var weights = new QuotaWeights { BaseWeights = new Dictionary<string, decimal> { ["甲"] = 0m } };

        Assert.Throws<ArgumentException>(() => QuotaAllocator.Allocate(10, counties, weights, NoCancellations));
    }
}
