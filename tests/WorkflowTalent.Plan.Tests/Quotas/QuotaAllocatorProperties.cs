using CsCheck;
using WorkflowTalent.Plan.Quotas;
using WorkflowTalent.Plan.ReferenceData;

namespace WorkflowTalent.Plan.Tests.Quotas;

public sealed class QuotaAllocatorProperties
{
    private sealed record CountySpec(bool Ethnic, int Remote, decimal BaseWeight, int Cancelled);

    private sealed record Scenario(IReadOnlyList<CountySpec> Specs, int Total, QuotaWeights Weights, int Victim, int Extra)
    {
        public IReadOnlyList<County> Counties => [.. Specs.Select((s, k) => Quotas.Counties.Make($"县{k}", s.Ethnic, s.Remote))];

        public QuotaWeights WeightsWithBase => Weights with
        {
            BaseWeights = Specs.Select((s, k) => (Name: $"县{k}", s.BaseWeight)).ToDictionary(p => p.Name, p => p.BaseWeight),
        };

        public Dictionary<string, int> Cancellations(int victimExtra) =>
            Specs.Select((s, k) => (Name: $"县{k}", Count: s.Cancelled + (k == Victim % Specs.Count ? victimExtra : 0)))
                .ToDictionary(p => p.Name, p => p.Count);
    }

    private static readonly Gen<CountySpec> CountyGen =
        Gen.Select(Gen.Bool, Gen.Int[0, 6], Gen.Int[1, 50], Gen.Select(Gen.Int[0, 4], Gen.Int[0, 3], (c, coin) => coin == 0 ? c : 0),
            (ethnic, remote, weight, cancelled) => new CountySpec(ethnic, remote, weight / 10m, cancelled));

    private static readonly Gen<Scenario> ScenarioGen =
        Gen.Select(CountyGen.List[1, 9], Gen.Int[0, 200], Gen.Int[0, 50], Gen.Int[0, 50], Gen.Int[0, 12], Gen.Int[0, 8], Gen.Int[1, 3],
            (specs, total, ethnic, remote, penalty, victim, extra) => new Scenario(
                specs,
                total,
                new QuotaWeights { EthnicTiltShare = ethnic / 100m, RemoteTiltShare = remote / 100m, PlacesPerCancelledTrainee = penalty / 4m },
                victim,
                extra));

    [Fact]
    public void Allocate_SumsToTotalAndIsNeverNegative_ForRandomInputs_R3_1_R15_2()
    {
        ScenarioGen.Sample(iter: 3000, assert: s =>
        {
            var allocation = QuotaAllocator.Allocate(s.Total, s.Counties, s.WeightsWithBase, s.Cancellations(0));

            Assert.Equal(s.Total, allocation.Total);
            Assert.All(allocation.Lines, l => Assert.True(l.Places >= 0));
            Assert.All(allocation.Lines, l => Assert.True(Math.Abs(l.Exact - l.Places) < 1m, l.Explanation.En));
        });
    }

    [Fact]
    public void Allocate_NeverGivesMorePlaces_ToACountyWithMoreCancellations_R15_2()
    {
        ScenarioGen.Sample(iter: 3000, assert: s =>
        {
            var victim = $"县{s.Victim % s.Specs.Count}";
            var fewer = QuotaAllocator.Allocate(s.Total, s.Counties, s.WeightsWithBase, s.Cancellations(0));
            var more = QuotaAllocator.Allocate(s.Total, s.Counties, s.WeightsWithBase, s.Cancellations(s.Extra));

            Assert.True(more.PlacesOf(victim) <= fewer.PlacesOf(victim), $"{fewer.LineOf(victim)!.Explanation.En} | {more.LineOf(victim)!.Explanation.En}");
        });
    }
}
