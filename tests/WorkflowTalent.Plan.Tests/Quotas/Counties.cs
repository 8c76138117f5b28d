using WorkflowTalent.Plan.ReferenceData;

namespace WorkflowTalent.Plan.Tests.Quotas;

/// <summary>Builds synthetic counties so that allocations come out in round numbers.</summary>
internal static class Counties
{
    public static County Make(string name, bool ethnic = false, int remote = 0) =>
        new(name, name + " County", ethnic, [new Township(name + "街道", false), .. Enumerable.Range(1, remote).Select(k => new Township($"{name}乡{k}", true))]);
}
