using System.Globalization;
using WorkflowTalent.Plan.ReferenceData;
using WorkflowTalent.Plan.Settings;

namespace WorkflowTalent.Plan.Quotas;

/// <summary>
/// Splits a batch's places among counties (R3.4): a base share by base weight, a tilt toward ethnic autonomous
/// counties and one toward remote townships, minus a penalty per trainee cancelled last year (R15.2). The freed
/// places go to the counties without cancellations in proportion to their share; if every county had one, to all
/// in proportion to what they keep. Integers come from largest remainder (counties with cancellations round up last,
/// ties go to fewer cancellations and then the given county order), so the result always adds up to the total and
/// is never negative.
/// </summary>
public static class QuotaAllocator
{
    public static QuotaAllocation Allocate(PlanSettings settings, IReadOnlyList<County> counties, IReadOnlyDictionary<string, int> cancelledLastYear) =>
        Allocate(settings.TotalPlaces, counties, settings.Quota, cancelledLastYear);

    public static QuotaAllocation Allocate(int totalPlaces, IReadOnlyList<County> counties, QuotaWeights weights, IReadOnlyDictionary<string, int> cancelledLastYear)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(totalPlaces);
        if (counties.Count == 0)
        {
            throw new ArgumentException("At least one county is needed.", nameof(counties));
        }

        var inputs = counties
            .Select(c => new QuotaInput(
                c,
                weights.BaseWeightOf(c.Name),
                weights.RemoteFigureOf(c.Name, c.RemoteTownshipCount),
                cancelledLastYear.TryGetValue(c.Name, out var n) ? n : 0))
            .ToList();
        if (inputs.Any(i => i.BaseWeight < 0 || i.RemoteFigure < 0 || i.CancelledLastYear < 0)
            || weights.EthnicTiltShare is < 0 or > 1 || weights.RemoteTiltShare is < 0 or > 1
            || weights.EthnicTiltShare + weights.RemoteTiltShare > 1 || weights.PlacesPerCancelledTrainee < 0)
        {
            throw new ArgumentException("Quota weights and cancellations must be non-negative and the tilt shares at most 1 together; see PlanSettings.Validate.", nameof(weights));
        }

        var baseWeightSum = inputs.Sum(i => i.BaseWeight);
        if (baseWeightSum == 0)
        {
            throw new ArgumentException("At least one county needs a positive base weight.", nameof(weights));
        }

        decimal total = totalPlaces;
        var ethnicCount = inputs.Count(i => i.County.IsEthnicAutonomous);
        var remoteSum = inputs.Sum(i => i.RemoteFigure);

        // A tilt pool no county qualifies for folds into the base, so the pools always add up to the total.
        var ethnicPool = ethnicCount > 0 ? total * weights.EthnicTiltShare : 0m;
        var remotePool = remoteSum > 0 ? total * weights.RemoteTiltShare : 0m;
        var basePool = total - ethnicPool - remotePool;

        var shares = inputs.Select(i =>
        {
            var baseShare = basePool * i.BaseWeight / baseWeightSum;
            var ethnic = i.County.IsEthnicAutonomous ? ethnicPool / ethnicCount : 0m;
            var remote = remoteSum > 0 ? remotePool * i.RemoteFigure / remoteSum : 0m;
            var raw = baseShare + ethnic + remote;

            // R15.2: never take more than the county has, so no line goes negative.
            var penalty = Math.Min(raw, i.CancelledLastYear * weights.PlacesPerCancelledTrainee);
            return (Input: i, Base: baseShare, Ethnic: ethnic, Remote: remote, Raw: raw, Penalty: penalty, Kept: raw - penalty);
        }).ToList();

        var freed = shares.Sum(s => s.Penalty);
        var recipientsRaw = shares.Where(s => s.Input.CancelledLastYear == 0).Sum(s => s.Raw);
        var keptSum = shares.Sum(s => s.Kept);
        var rawSum = shares.Sum(s => s.Raw);

        decimal Redistribution((QuotaInput Input, decimal Base, decimal Ethnic, decimal Remote, decimal Raw, decimal Penalty, decimal Kept) s)
        {
            if (freed == 0)
            {
                return 0m;
            }

            if (recipientsRaw > 0)
            {
                return s.Input.CancelledLastYear == 0 ? freed * s.Raw / recipientsRaw : 0m;
            }

            // Every county with a share had a cancellation: each keeps its proportion of what is left.
            return keptSum > 0 ? freed * s.Kept / keptSum : freed * s.Raw / rawSum;
        }

        var exact = shares.Select(s => s.Kept + Redistribution(s)).ToList();
        var places = LargestRemainder(totalPlaces, exact, inputs.Select(i => i.CancelledLastYear).ToList());

        var lines = shares.Select((s, k) => new QuotaLine(
            s.Input.County,
            s.Base,
            s.Ethnic,
            s.Remote,
            s.Input.CancelledLastYear,
            s.Penalty,
            exact[k] - s.Kept,
            exact[k],
            places[k],
            Explain(s.Input, s.Base, s.Ethnic, s.Remote, s.Penalty, exact[k] - s.Kept, exact[k], places[k]))).ToList();

        return new QuotaAllocation(totalPlaces, weights, inputs, lines);
    }

    private static int[] LargestRemainder(int total, List<decimal> exact, List<int> cancellations)
    {
        var places = exact.Select(e => (int)Math.Floor(e)).ToArray();
        // R15.2: among the counties with a remainder, those that had cancellations round up last, so that rounding
        // does not hand back the place a cancellation took.
        var byRemainder = Enumerable.Range(0, exact.Count)
            .OrderByDescending(k => exact[k] > places[k])
            .ThenBy(k => cancellations[k] > 0)
            .ThenByDescending(k => exact[k] - places[k])
            .ThenBy(k => cancellations[k])
            .ThenBy(k => k)
            .ToList();

        // Decimal division can leave the exact shares a hair off the total; the loops absorb that either way.
        var missing = total - places.Sum();
        for (var n = 0; missing > 0; n++, missing--)
        {
            places[byRemainder[n % byRemainder.Count]]++;
        }

        for (var n = byRemainder.Count - 1; missing < 0; n--)
        {
            var k = byRemainder[(n % byRemainder.Count + byRemainder.Count) % byRemainder.Count];
            if (places[k] > 0)
            {
                places[k]--;
                missing++;
            }
        }

        return places;
    }

    private static BilingualText Explain(QuotaInput input, decimal baseShare, decimal ethnic, decimal remote, decimal penalty, decimal redistributed, decimal exact, int places)
    {
        var zh = $"{input.County.Name}：基础 {F(baseShare)}";
        var en = $"{input.County.EnglishName}: base {F(baseShare)}";
        if (ethnic > 0)
        {
            zh += $" + 民族倾斜 {F(ethnic)}";
            en += $" + ethnic tilt {F(ethnic)}";
        }

        if (remote > 0)
        {
            zh += $" + 边远乡镇 {F(remote)}";
            en += $" + remote townships {F(remote)}";
        }

        if (input.CancelledLastYear > 0)
        {
            zh += $" − 取消 {input.CancelledLastYear} 人（{F(penalty)}）";
            en += $" − {input.CancelledLastYear} cancelled ({F(penalty)})";
        }

        if (redistributed > 0)
        {
            zh += $" + 再分配 {F(redistributed)}";
            en += $" + redistributed {F(redistributed)}";
        }

        return new BilingualText($"{zh} = {F(exact)} → {places}", $"{en} = {F(exact)} → {places}");
    }

    private static string F(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture);
}
