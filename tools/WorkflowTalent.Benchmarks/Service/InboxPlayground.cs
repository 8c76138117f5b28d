namespace WorkflowTalent.Benchmarks.Service;

/// <summary>
/// <c>--inbox-playground</c>: the inbox benchmark's database (1,000,000 tasks on a throwaway PostgreSQL), left
/// running for psql until the file named on the command line appears, to try index and query changes by hand.
/// </summary>
internal static class InboxPlayground
{
    public const string Switch = "--inbox-playground";

    public static async Task<int> RunAsync(string[] args)
    {
        var stopFile = args.Length > 0 ? args[0] : "/tmp/workflowtalent-inbox-playground.stop";
        await using var database = await ServiceDatabase.CreateAsync(ServiceDatabase.PostgreSql);
        await InboxSeeder.SeedAsync(database.ConnectionString, ServiceInboxBenchmarks.TaskCount);
        Console.WriteLine($"ready: {database.ConnectionString}; create {stopFile} to stop");
        while (!File.Exists(stopFile))
            await Task.Delay(1000);
        return 0;
    }
}
