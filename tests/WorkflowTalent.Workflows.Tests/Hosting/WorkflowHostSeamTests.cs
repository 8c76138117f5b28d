using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using WorkflowTalent.Workflows.Hosting;
using WorkflowTalent.Workflows.Runtime;
using WorkflowTalent.Workflows.Tests.Support;
using static WorkflowTalent.Workflows.Tests.Support.DefinitionBuilder;

namespace WorkflowTalent.Workflows.Tests.Hosting;

/// <summary>
/// The host hands each step's tasks, timers and mails to its seams; a durable host's adapters rely on
/// exactly these calls. The seams are substitutes; the stores and the runtime are real.
/// </summary>
public sealed class WorkflowHostSeamTests
{
    private static readonly DateTimeOffset Start = new(2026, 9, 1, 9, 0, 0, TimeSpan.FromHours(8));

    private readonly ITimerScheduler _timers = Substitute.For<ITimerScheduler>();
    private readonly ITaskSink _tasks = Substitute.For<ITaskSink>();
    private readonly IMailOutbox _outbox = Substitute.For<IMailOutbox>();
    private readonly WorkflowHost _host;

    public WorkflowHostSeamTests()
    {
        var definition = new DefinitionBuilder("approval")
            .Start()
            .HumanTask("approve", "CountyOrganization", ["Approve"], ("due", Literal("P3D")), ("escalation", Literal("Timeout")))
            .Activity("notify", "Elsa.SendEmail", ("to", Literal("li@example.cn")), ("subject", Literal("批准")))
            .WriteLine("late", "late")
            .Chain("start", "approve")
            .Connect("approve", "notify", "Approve")
            .Connect("approve", "late", "Timeout")
            .Build();
        var definitions = new InMemoryDefinitionStore();
        definitions.Add(definition);
        _host = new WorkflowHost(new WorkflowRuntime(new FakeTimeProvider(Start)), definitions, new InMemoryInstanceStore(), _timers, _outbox, _tasks);
    }

    [Fact]
    public void Start_OpensTheTask_AndSchedulesItsEscalationTimer_AtTheDueTime()
    {
        var instance = _host.Start("approval").Instance;

        var task = instance.Bookmarks.Single();
        _tasks.Received(1).Opened(instance, task);
        _timers.Received(1).Schedule(instance.Id, task.Id, Start.AddDays(3));
        _outbox.DidNotReceiveWithAnyArgs().Enqueue(default!);
    }

    [Fact]
    public void CompleteTask_ReportsTheCompletion_CancelsTheTimer_AndQueuesTheMail()
    {
        var instance = _host.Start("approval").Instance;
        var task = instance.Bookmarks.Single();

        _host.CompleteTask(instance.Id, "approve", new ResumeSignal.TaskCompletion("Approve", null, null, new Actor("CountyOrganization", User: "wang")));

        _tasks.Received(1).Completed(instance, Arg.Is<TaskCompleted>(c => c.Bookmark == task && c.Completion.Outcome == "Approve"));
        _tasks.DidNotReceiveWithAnyArgs().Cancelled(default!, default!, default);
        _timers.Received(1).Cancel(instance.Id, task.Id);
        _outbox.Received(1).Enqueue(Arg.Is<MailMessage>(m => m.Subject == "批准" && m.To.Count == 1 && m.To[0] == "li@example.cn"));
    }

    [Fact]
    public void FireTimer_OnATimeout_ReportsTheTaskCancelled_NotCompleted()
    {
        var instance = _host.Start("approval").Instance;
        var task = instance.Bookmarks.Single();

        _host.FireTimer(instance.Id, task.Id);

        _tasks.Received(1).Cancelled(instance, task, "Timeout");
        _tasks.DidNotReceiveWithAnyArgs().Completed(default!, default!);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
    }
}
