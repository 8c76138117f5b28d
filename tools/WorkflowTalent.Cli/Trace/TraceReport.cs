namespace WorkflowTalent.Cli.Trace;

/// <summary>
/// Every requirement of the policy page with the places that cite it, in the page's order; ids cited somewhere but
/// missing from the page (a typo, a removed rule) are listed apart so that they are fixed rather than lost.
/// </summary>
internal sealed record TraceReport(IReadOnlyList<RequirementTrace> Requirements, IReadOnlyList<RequirementTrace> UnknownIds)
{
    public IEnumerable<RequirementTrace> Incomplete => Requirements.Where(r => !r.IsComplete);

    /// <summary>Reads the repository at <paramref name="root"/>: definitions, <c>src/</c> and <c>tests/</c>.</summary>
    public static TraceReport Scan(string root, IReadOnlyList<Requirement> requirements) => Build(
        requirements,
        DefinitionCitations.Find(root),
        CodeCitations.Find(root),
        TestCitations.Find(root));

    public static TraceReport Build(
        IReadOnlyList<Requirement> requirements,
        IEnumerable<Citation<DefinitionPlace>> definitions,
        IEnumerable<Citation<CodePlace>> code,
        IEnumerable<Citation<TestPlace>> tests)
    {
        var definitionsById = definitions.ToLookup(c => c.Id, c => c.Place);
        var codeById = code.ToLookup(c => c.Id, c => c.Place);
        var testsById = tests.ToLookup(c => c.Id, c => c.Place);

        RequirementTrace Trace(Requirement requirement) => new(
            requirement,
            definitionsById[requirement.Id].Distinct()
                .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line ?? 0).ThenBy(d => d.ActivityId, StringComparer.Ordinal).ToArray(),
            codeById[requirement.Id].Distinct().OrderBy(c => c.File, StringComparer.Ordinal).ThenBy(c => c.Line).ToArray(),
            testsById[requirement.Id].Distinct()
                .OrderBy(t => t.File, StringComparer.Ordinal).ThenBy(t => t.Line).ThenBy(t => t.MethodName, StringComparer.Ordinal).ToArray());

        var known = requirements.Select(r => r.Id).ToHashSet();
        var unknown = definitionsById.Select(g => g.Key).Concat(codeById.Select(g => g.Key)).Concat(testsById.Select(g => g.Key))
            .Where(id => !known.Contains(id))
            .Distinct()
            .Order()
            .Select(id => Trace(new Requirement(id, "")));
        return new TraceReport(requirements.Select(Trace).ToArray(), unknown.ToArray());
    }
}
