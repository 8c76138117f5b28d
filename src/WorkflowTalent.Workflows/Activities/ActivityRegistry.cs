namespace WorkflowTalent.Workflows.Activities;

/// <summary>The activity types the engine runs, by Elsa type name.</summary>
public sealed class ActivityRegistry
{
    private readonly Dictionary<string, Activity> _activities;

    public ActivityRegistry(IEnumerable<Activity> activities) =>
        _activities = activities.ToDictionary(a => a.Type, StringComparer.Ordinal);

    public static ActivityRegistry Default { get; } = new(
    [
        new StartActivity(), new EndActivity(), new FinishActivity(), new FaultActivity(), new WriteLine(), new RunJavaScript(),
        new SetOutput(), new SetName(), new Correlate(), new SetVariable(), new FlowDecision(), new FlowSwitch(), new FlowFork(),
        new FlowJoin(), new Delay(), new StartAt(), new TimerActivity(), new CronActivity(), new EventActivity(), new PublishEvent(),
        new SendEmail(), new ExecuteWorkflow(), new DispatchWorkflow(), new HumanTaskActivity(),
    ]);

    public IEnumerable<Activity> All => _activities.Values;

    public Activity? Find(string type) => _activities.GetValueOrDefault(type);
}
