namespace WorkflowTalent.Server.Background;

/// <summary>The "Background" section: whether this node runs Hangfire jobs, how often each recurring job runs, and the sweep's sizing.</summary>
public sealed class BackgroundOptions
{
    public const string Section = "Background";

    /// <summary>False on a node that only serves requests (and in tests, which run the jobs themselves); jobs are registered either way.</summary>
    public bool RunServer { get; set; } = true;

    /// <summary>The crons are read in this zone: "0 8 * * *" is 08:00 in Yuxi, not on the server's clock.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Hangfire workers per node; the jobs are few, and the sweep has its own parallelism.</summary>
    public int WorkerCount { get; set; } = 4;

    public string TimerSweepCron { get; set; } = "*/10 * * * * *";
    public string MailDispatchCron { get; set; } = "*/15 * * * * *";
    public string TaskRemindersCron { get; set; } = "*/15 * * * *";
    public string DailyDigestCron { get; set; } = "0 8 * * *";

    /// <summary>Due timers read per query; each is still fired in a transaction of its own.</summary>
    public int SweepBatchSize { get; set; } = 1000;

    /// <summary>Timers fired at once (timers of one instance always one after another); null picks 1 on SQLite and twice the cores (4 to 16) elsewhere.</summary>
    public int? SweepParallelism { get; set; }

    /// <summary>Failures after which a sweep stops early: that many in a row means the database, not a timer, is the problem.</summary>
    public int SweepMaxFailures { get; set; } = 25;
}
