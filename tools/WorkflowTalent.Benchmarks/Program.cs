using BenchmarkDotNet.Running;
using WorkflowTalent.Benchmarks.Browser;
using WorkflowTalent.Benchmarks.Service;

namespace WorkflowTalent.Benchmarks;

// Not top-level statements: those would declare a global Program beside the server's (referenced for the service benchmarks).
internal static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args is [Breakdown.Switch, .. var rest])
            return await Breakdown.RunAsync(rest);
        if (args is [InboxPlayground.Switch, .. var playground])
            return await InboxPlayground.RunAsync(playground);
        if (args is [InboxBrowser.Switch, .. var browser])
            return await InboxBrowser.RunAsync(browser);
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
        return 0;
    }
}
