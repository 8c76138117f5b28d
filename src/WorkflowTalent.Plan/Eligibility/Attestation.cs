namespace WorkflowTalent.Plan.Eligibility;

/// <summary>
/// R5.1, R6.1: who vouched for a judgement criterion, for which unit, and when. The service records it; it does not
/// second-guess it.
/// </summary>
public sealed record Attestation(JudgementCriterion Criterion, string AttestedBy, string OnBehalfOf, DateTimeOffset AttestedAt, string? Remark = null)
{
    /// <summary>The criteria nobody has attested yet, so a recommendation can say what it still lacks.</summary>
    public static IReadOnlyList<JudgementCriterion> Missing(IEnumerable<Attestation> attestations)
    {
        var attested = attestations.Select(a => a.Criterion).ToHashSet();
        return [.. Enum.GetValues<JudgementCriterion>().Where(c => !attested.Contains(c))];
    }
}
