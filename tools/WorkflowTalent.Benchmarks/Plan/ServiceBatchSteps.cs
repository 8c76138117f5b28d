using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowTalent.Benchmarks.Service;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.Timers;
using WorkflowTalent.Server.Background;
using WorkflowTalent.Server.Engine;
using WorkflowTalent.Workflows.Runtime;
using WorkflowTalent.Workflows.Simulation;

namespace WorkflowTalent.Benchmarks.Plan;

/// <summary>
/// The batch through the service's container on a database (<see cref="ServiceDatabase"/>): each start, completion and
/// cancellation is a request's work — a new scope and <see cref="WorkflowSteps.Run"/>, one transaction per step, after
/// the checks the task endpoints make (not repeated here); each timer is fired by <see cref="TimerSweepJob"/>, run
/// whenever the virtual clock reaches the next pending timer's due time.
/// </summary>
internal sealed class ServiceBatchSteps(ServiceDatabase database, VirtualClock clock) : IBatchSteps
{
    private readonly TimerSweepJob _sweep = ActivatorUtilities.CreateInstance<TimerSweepJob>(database.Services);
    private readonly Dictionary<(string Parent, string DefinitionId), string> _children = [];

    /// <summary>Publishes the batch's definitions beside talent-leave, which <see cref="ServiceDatabase"/> publishes.</summary>
    public static async Task PublishAsync(ServiceDatabase database)
    {
        foreach (var id in BatchYear.Definitions.Where(d => d != ServiceDatabase.LeaveDefinitionId))
            database.Publish(await File.ReadAllTextAsync(RepositoryFiles.Path("workflows", id + ".json")));
    }

    public string Start(string definitionId, JsonObject input, string correlationId) =>
        Step(host => host.Start(definitionId, input, correlationId)).Instance.Id;

    public void Complete(string instanceId, string activity, ResumeSignal.TaskCompletion completion) =>
        Step(host => host.CompleteTask(instanceId, activity, completion));

    public void Cancel(string instanceId, string reason) => Step(host => host.Cancel(instanceId, reason));

    // What the inbox shows the next official: the child's open task; its instance, read once.
    public string ChildOf(string parentId, string definitionId)
    {
        if (_children.TryGetValue((parentId, definitionId), out var child))
            return child;
        using var scope = database.Services.CreateScope();
        child = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>().Instances.AsNoTracking()
            .Where(i => i.ParentInstanceId == parentId && i.DefinitionId == definitionId).Select(i => i.Id).Single();
        _children[(parentId, definitionId)] = child;
        return child;
    }

    public void AdvanceTo(DateTimeOffset time)
    {
        while (NextDue(time) is { } due)
        {
            clock.MoveTo(due);
            if (_sweep.RunAsync().GetAwaiter().GetResult() == 0)
                throw new InvalidOperationException($"the sweep at {due:O} fired no timer");
        }

        clock.MoveTo(time);
    }

    public BatchTally Tally(IReadOnlyList<string> years)
    {
        using var scope = database.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<EfWorkflowStore>();
        var db = store.Db;
        return new([.. years.Select(id => store.Find(id)!).Select(y => new BatchTally.YearEnd(y.Status,
                (string?)y.Output.GetValueOrDefault("outcome"), (string?)y.Output.GetValueOrDefault("assessment")?["grade"]))],
            db.Instances.Count(), db.Tasks.Count(), db.OutboxMails.Count(), db.Timers.Count(t => t.State == TimerState.Fired));
    }

    private StepResult Step(Func<Workflows.Hosting.WorkflowHost, StepResult> step)
    {
        using var scope = database.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<WorkflowSteps>().Run(step);
    }

    private DateTimeOffset? NextDue(DateTimeOffset until)
    {
        using var scope = database.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<EfWorkflowStore>().DueTimers(until, 1) is [var first, ..] ? first.Due : null;
    }
}
