using Deque.AxeCore.Commons;

namespace WorkflowTalent.Web.Tests.Support;

/// <summary>The accessibility bar every page is held to: no serious or critical axe violation.</summary>
public static class AxeChecks
{
    /// <summary>Fails with one line per serious or critical violation (impact, rule, help, the offending markup).</summary>
    public static void AssertNoSerious(AxeResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        List<string> serious = [.. result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Impact} {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})")];
        Assert.True(serious.Count == 0, string.Join('\n', serious));
    }
}
