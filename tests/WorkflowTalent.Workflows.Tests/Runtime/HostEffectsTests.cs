using System.Text.Json.Nodes;
using WorkflowTalent.Workflows.Hosting;
using WorkflowTalent.Workflows.Runtime;
using WorkflowTalent.Workflows.Tests.Support;
using static WorkflowTalent.Workflows.Tests.Support.DefinitionBuilder;

namespace WorkflowTalent.Workflows.Tests.Runtime;

/// <summary>What a step sets in motion beyond its instance: mails, events, children, recurring timers.</summary>
public sealed class HostEffectsTests
{
    [Fact]
    public void SendEmail_QueuesAMailInTheEffects_AndJournalsEmailQueued()
    {
        var definition = new DefinitionBuilder("welcome")
            .Variable("name", "String")
            .Start()
            .Activity("mail", "Elsa.SendEmail",
                ("from", Literal("hr@example.cn")),
                ("to", Literal("[\"li@example.cn\",\"wang@example.cn\"]", "String[]")),
                ("cc", Literal("boss@example.cn")),
                ("subject", JavaScript("'Welcome ' + getName()", "String")),
                ("body", Literal("See you on Monday.")))
            .Chain("start", "mail")
            .Build();
        var driver = new RuntimeDriver(definition);

        var step = driver.Start(new JsonObject { ["name"] = "李四" });

        var mail = Assert.Single(step.Effects.Mails);
        Assert.Equal((driver.Current.Id, "hr@example.cn", "Welcome 李四", "See you on Monday."), (mail.InstanceId, mail.From, mail.Subject, mail.Body));
        Assert.Equal(["li@example.cn", "wang@example.cn"], mail.To);
        Assert.Equal(["boss@example.cn"], mail.Cc);
        var queued = step.Journal.Single(e => e.Event == JournalEvents.EmailQueued);
        Assert.Equal(("mail", "li@example.cn, wang@example.cn", "Welcome 李四"), (queued.Activity, queued.To, queued.Subject));
        Assert.Equal(WorkflowStatus.Finished, driver.Current.Status);
    }

    [Fact]
    public void SendEmail_ReachesTheHostsOutbox()
    {
        var definition = new DefinitionBuilder("notice")
            .Start()
            .Activity("mail", "Elsa.SendEmail", ("to", Literal("li@example.cn")), ("subject", Literal("Notice")), ("body", Literal("Hello")))
            .Chain("start", "mail")
            .Build();
        var harness = new WorkflowHarness(definition);

        harness.Start();

        var mail = Assert.Single(((InMemoryMailOutbox)harness.Host.Outbox).Messages);
        Assert.Equal((harness.InstanceId, "Notice"), (mail.InstanceId, mail.Subject));
    }

    [Fact]
    public void Event_WithACorrelationId_IsDeliveredOnlyToTheMatchingInstance()
    {
        var definition = new DefinitionBuilder("payment")
            .Variable("payment")
            .Start()
            .Activity("paid", "Elsa.Event", ("eventName", Literal("paid")), ("result", JsonValue.Create("payment")))
            .WriteLineScript("thanks", "'paid ' + getPayment().sum")
            .Chain("start", "paid", "thanks")
            .Build();
        var harness = new WorkflowHarness(definition);
        var first = harness.Host.Start("payment", correlationId: "order-1").Instance;
        var second = harness.Host.Start("payment", correlationId: "order-2").Instance;

        var steps = harness.Host.Publish(new PublishedEvent("paid", "order-2", new JsonObject { ["sum"] = 30 }));

        var step = Assert.Single(steps);
        Assert.Equal(second.Id, step.Instance.Id);
        Assert.Equal(["paid EventReceived paid", "paid Completed Done", "thanks Output paid 30", "thanks Completed Done", "Flowchart1 Finished"], JournalTrace.Of(step.Journal));
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["sum"] = 30 }, harness.Host.Instances.Find(second.Id)!.Variables["payment"]));
        var waiting = harness.Host.Instances.Find(first.Id)!;
        Assert.Equal(WorkflowStatus.Waiting, waiting.Status);
        Assert.Equal(["paid"], waiting.Bookmarks.Select(b => b.ActivityId));
        Assert.Empty(harness.Host.Publish(new PublishedEvent("paid", "order-3", null)));
    }

    [Fact]
    public void ExecuteWorkflow_ParentResumesWithTheChildsOutputWhenTheChildFinishes()
    {
        var child = new DefinitionBuilder("child-review")
            .Variable("applicant", "String")
            .Start()
            .HumanTask("review", "Manager", ["Approve"])
            .Activity("answer", "Elsa.SetOutput", ("outputName", Literal("Decision")), ("outputValue", JavaScript("lastResult.outcome + ' for ' + getApplicant()")))
            .Chain("start", "review")
            .Connect("review", "answer", "Approve")
            .Build();
        var parent = new DefinitionBuilder("parent")
            .Variable("result")
            .Start()
            .Activity("child", "Elsa.ExecuteWorkflow",
                ("workflowDefinitionId", Literal("child-review")),
                ("input", Literal(new JsonObject { ["applicant"] = "li" }, "Object")),
                ("result", JsonValue.Create("result")))
            .WriteLineScript("report", "'child says ' + getResult().Decision")
            .Chain("start", "child", "report")
            .Build();
        var harness = new WorkflowHarness(parent, [child]);
        harness.Start();
        var childInstance = harness.Host.Instances.Find(harness.Instance.Bookmarks.Single().ChildInstanceId!)!;
        Assert.Equal(WorkflowStatus.Waiting, harness.Instance.Status);
        Assert.Equal(("child-review", harness.InstanceId, WorkflowStatus.Waiting), (childInstance.DefinitionId, childInstance.ParentInstanceId, childInstance.Status));
        Assert.Equal(["child ChildStarted child-review"], JournalTrace.Of(harness.Journal.Where(e => e.Activity == "child")));

        harness.Host.CompleteTask(childInstance.Id, "review", new ResumeSignal.TaskCompletion("Approve", null, null, new Actor("Manager")));

        Assert.Equal(WorkflowStatus.Finished, childInstance.Status);
        Assert.Equal(WorkflowStatus.Finished, harness.Instance.Status);
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["Decision"] = "Approve for li" }, harness.Instance.Variables["result"]), harness.Instance.Variables["result"]?.ToJsonString());
        Assert.Equal(["child says Approve for li"], harness.Output);
        Assert.Equal($"child ChildEnded {childInstance.Id}", JournalTrace.Format(harness.Journal.Single(e => e.Event == JournalEvents.ChildEnded)));
        Assert.Equal("Finished", harness.Journal.Single(e => e.Event == JournalEvents.ChildEnded).Message);
    }

    [Fact]
    public void ExecuteWorkflow_ChildFaulting_FaultsTheParentAtTheActivity()
    {
        var child = new DefinitionBuilder("broken-child")
            .Start()
            .Activity("boom", "Elsa.Fault", ("message", Literal("no budget")))
            .Chain("start", "boom")
            .Build();
        var parent = new DefinitionBuilder("parent")
            .Start()
            .Activity("child", "Elsa.ExecuteWorkflow", ("workflowDefinitionId", Literal("broken-child")))
            .WriteLine("after", "after")
            .Chain("start", "child", "after")
            .Build();
        var harness = new WorkflowHarness(parent, [child]);

        harness.Start();

        Assert.Equal(["child ChildStarted broken-child", "child ChildEnded instance-2", "child Faulted"], JournalTrace.Of(harness.Journal.Where(e => e.Activity == "child")));
        Assert.Equal((WorkflowStatus.Faulted, "child", "child instance instance-2 ended Faulted"),
            (harness.Instance.Status, harness.Instance.FaultActivity, harness.Instance.FaultMessage));
        Assert.Equal(("boom", "no budget"), (harness.Host.Instances.Find("instance-2")!.FaultActivity, harness.Host.Instances.Find("instance-2")!.FaultMessage));
        Assert.Empty(harness.Instance.Bookmarks);
        Assert.Empty(harness.Output);
    }

    [Fact]
    public void PublishEvent_ResumesAnotherInstanceWaitingForIt()
    {
        var waiter = new DefinitionBuilder("waiter")
            .Variable("received")
            .Start()
            .Activity("wait", "Elsa.Event", ("eventName", Literal("budget-approved")), ("result", JsonValue.Create("received")))
            .WriteLineScript("after", "'budget ' + getReceived().sum")
            .Chain("start", "wait", "after")
            .Build();
        var publisher = new DefinitionBuilder("publisher")
            .Start()
            .Activity("publish", "Elsa.PublishEvent", ("eventName", Literal("budget-approved")), ("payload", Literal(new JsonObject { ["sum"] = 900 }, "Object")))
            .Chain("start", "publish")
            .Build();
        var harness = new WorkflowHarness(publisher, [waiter]);
        var waiting = harness.Host.Start("waiter").Instance;
        Assert.Equal(WorkflowStatus.Waiting, waiting.Status);

        harness.Start();

        Assert.Equal(["publish EventPublished budget-approved"], JournalTrace.Of(harness.Journal, JournalEvents.EventPublished));
        var resumed = harness.Host.Instances.Find(waiting.Id)!;
        Assert.Equal(WorkflowStatus.Finished, resumed.Status);
        Assert.Equal(["budget 900"], JournalTrace.Output(resumed.Journal));
    }

    [Fact]
    public void Timer_TicksOncePerInterval()
    {
        var definition = new DefinitionBuilder("ticker")
            .Start()
            .Activity("timer", "Elsa.Timer", ("interval", Literal("01:00:00", "TimeSpan")))
            .WriteLine("tick", "tick")
            .Chain("start", "timer", "tick")
            .Build();
        var harness = new WorkflowHarness(definition);
        harness.Start();

        harness.Advance(TimeSpan.FromHours(3));

        var fired = harness.Journal.Where(e => e.Event == JournalEvents.TimerFired).Select(e => e.Time).ToList();
        Assert.Equal(["2026-03-02T10:00:00+08:00", "2026-03-02T11:00:00+08:00", "2026-03-02T12:00:00+08:00"], fired);
        Assert.Equal(["tick", "tick", "tick"], harness.Output);
        Assert.Equal(WorkflowStatus.Waiting, harness.Instance.Status);
        Assert.Equal(WorkflowHarness.DefaultStart.AddHours(4), harness.Instance.Bookmarks.Single().Due);
        Assert.Equal(1, harness.PendingTimers);
    }

    [Fact]
    public void DispatchWorkflow_ToAMissingDefinition_IsJournalled_AndTheParentGoesOn()
    {
        var parent = new DefinitionBuilder("dispatcher")
            .Start()
            .Activity("dispatch", "Elsa.DispatchWorkflow", ("workflowDefinitionId", Literal("no-such-definition")))
            .WriteLine("after", "after")
            .Chain("start", "dispatch", "after")
            .Build();
        var harness = new WorkflowHarness(parent);

        harness.Start();

        Assert.Equal(WorkflowStatus.Finished, harness.Instance.Status);
        Assert.Equal(["after"], harness.Output);
        var failed = harness.Journal.Single(e => e.Event == JournalEvents.ChildFailed);
        Assert.Equal(("dispatch", "no-such-definition", "there is no published definition no-such-definition to start"), (failed.Activity, failed.Name, failed.Message));
        Assert.Null(harness.Instance.FaultMessage);
    }

    [Fact]
    public void ExecuteWorkflow_ToAMissingDefinition_FaultsTheWaitingParent()
    {
        var parent = new DefinitionBuilder("executor")
            .Start()
            .Activity("child", "Elsa.ExecuteWorkflow", ("workflowDefinitionId", Literal("no-such-definition")))
            .Chain("start", "child")
            .Build();
        var harness = new WorkflowHarness(parent);

        harness.Start();

        Assert.Equal((WorkflowStatus.Faulted, "child", "there is no published definition no-such-definition to start"),
            (harness.Instance.Status, harness.Instance.FaultActivity, harness.Instance.FaultMessage));
        Assert.Equal(["child ChildStarted no-such-definition", "child ChildFailed no-such-definition", "child Faulted"],
            JournalTrace.Of(harness.Journal.Where(e => e.Activity == "child")));
    }

    [Fact]
    public void CancellingAParent_CancelsTheChildItWaitsFor()
    {
        var child = new DefinitionBuilder("child-review")
            .Start()
            .Activity("review", "WorkflowTalent.HumanTask", ("role", Literal("Manager")), ("outcomes", Literal("[\"Approve\"]", "String[]")))
            .Chain("start", "review")
            .Build();
        var parent = new DefinitionBuilder("parent")
            .Start()
            .Activity("child", "Elsa.ExecuteWorkflow", ("workflowDefinitionId", Literal("child-review")))
            .Chain("start", "child")
            .Build();
        var harness = new WorkflowHarness(parent, [child]);
        harness.Start();
        var childId = harness.Instance.Bookmarks.Single().ChildInstanceId!;

        harness.Cancel("withdrawn");

        var orphan = harness.Host.Instances.Find(childId)!;
        Assert.Equal(WorkflowStatus.Cancelled, orphan.Status);
        Assert.Equal("TaskCancelled", orphan.Journal.Single(e => e.Activity == "review" && e.Event != JournalEvents.TaskCreated).Event);
        Assert.StartsWith($"its parent {harness.InstanceId} no longer waits for it", orphan.Journal[^1].Reason, StringComparison.Ordinal);
        Assert.Equal(WorkflowStatus.Cancelled, harness.Instance.Status);
    }
}
