using System.Text.Json.Nodes;
using WorkflowTalent.Workflows.Definitions;
using WorkflowTalent.Workflows.Time;

namespace WorkflowTalent.Workflows.Runtime;

/// <summary>What an activity sees while it runs: its inputs, evaluated; the instance; the clock; the journal; its bookmarks.</summary>
public sealed class ActivityContext
{
    private readonly FlowchartRun _run;
    private readonly int _index;

    internal ActivityContext(FlowchartRun run, int index)
    {
        _run = run;
        _index = index;
        Node = run.Workflow.Activities[index];
    }

    public ActivityNode Node { get; }
    public WorkflowInstance Instance => _run.Instance;
    public CompiledWorkflow Workflow => _run.Workflow;
    public DateTimeOffset Now => _run.Now;
    public StepEffects Effects => _run.Effects;

    public bool HasInput(string name) => Node.Inputs.ContainsKey(name);

    /// <summary>Evaluates an input; a missing input is null.</summary>
    public JsonNode? Evaluate(string name)
    {
        if (!Node.Inputs.TryGetValue(name, out var input))
            return null;
        var prepared = _run.Workflow.PreparedInput(_index, name);
        return prepared is null ? input.Value?.DeepClone() : prepared.Evaluate(_run.Scope);
    }

    /// <summary>Evaluates a script nested in an input (a FlowSwitch case condition), parsed once per version.</summary>
    public JsonNode? EvaluateNested(string key, InputValue expression) =>
        expression.Type == ExpressionType.Literal
            ? expression.Value?.DeepClone()
            : _run.Workflow.Nested($"{Node.Id}/{key}", e => e.Prepare(expression)).Evaluate(_run.Scope);

    public JsonNode? EvaluateScript(string key, string script) =>
        _run.Workflow.Nested($"{Node.Id}/{key}", e => e.PrepareJavaScript(script)).Evaluate(_run.Scope);

    public string? Text(string name) => JsonValues.AsText(Evaluate(name));

    public string RequiredText(string name) =>
        Text(name) is { Length: > 0 } text ? text : throw new ActivityFaultException($"input '{name}' is empty");

    public bool Boolean(string name) => JsonValues.AsBoolean(Evaluate(name));

    public IReadOnlyList<string> StringList(string name) => JsonValues.AsStringList(Evaluate(name));

    public JsonNode? Json(string name) => JsonValues.AsJson(Evaluate(name));

    public WorkflowDuration Duration(string name)
    {
        var text = Text(name);
        return WorkflowDuration.TryParse(text, out var duration)
            ? duration
            : throw new ActivityFaultException($"input '{name}' is not a duration: '{text}'");
    }

    public DateTimeOffset DateTime(string name)
    {
        var text = Text(name);
        return ShanghaiTime.TryParse(text, out var time)
            ? time
            : throw new ActivityFaultException($"input '{name}' is not a date-time: '{text}'");
    }

    /// <summary>The variable an input names: a bare name, Elsa's variable object, or a memory reference to a variable id.</summary>
    public string? VariableName(string input) =>
        Node.Inputs.TryGetValue(input, out var value) ? JsonValues.VariableName(value, _run.Workflow.Definition.Variables) : null;

    public void SetVariable(string name, JsonNode? value) =>
        Instance.Variables[name] = JsonValues.Coerce(value, _run.Workflow.VariableTypes.GetValueOrDefault(name));

    public JournalEntry Entry(string journalEvent) => _run.Entry(Node, journalEvent);

    public void Journal(JournalEntry entry) => _run.Instance.Journal.Add(entry);

    /// <summary>Opens a bookmark of this activity; the host learns of it through the step's effects.</summary>
    public Bookmark OpenBookmark(BookmarkKind kind, DateTimeOffset? due = null, HumanTask? task = null, string? eventName = null,
        string? correlationId = null, string? resultVariable = null, string? recurrence = null)
    {
        var bookmark = new Bookmark
        {
            Id = _run.NextBookmarkId(),
            ActivityId = Node.Id,
            Kind = kind,
            Due = due,
            Task = task,
            EventName = eventName,
            CorrelationId = correlationId,
            ResultVariable = resultVariable,
            Recurrence = recurrence,
        };
        Instance.Bookmarks.Add(bookmark);
        Effects.Opened.Add(bookmark);
        if (due is { } when && kind != BookmarkKind.Task)
            Journal(Entry(JournalEvents.TimerScheduled) with { Due = ShanghaiTime.Format(when) });
        return bookmark;
    }

    /// <summary>Moves (or clears) the timer of a bookmark that stays open.</summary>
    public void Reschedule(Bookmark bookmark, DateTimeOffset? due)
    {
        bookmark.Due = due;
        Effects.Rescheduled.Add(bookmark);
        if (due is { } when)
            Journal(Entry(JournalEvents.TimerScheduled) with { Due = ShanghaiTime.Format(when) });
    }

    /// <summary>Closes a bookmark before the activity completes, e.g. a task cancelled by its timeout.</summary>
    public void CloseBookmark(Bookmark bookmark, bool cancelled, string? reason)
    {
        if (Instance.Bookmarks.Remove(bookmark))
            Effects.Closed.Add(new ClosedBookmark(bookmark, cancelled, reason));
    }

    public string NewId(string prefix) => $"{Instance.Id}-{prefix}{++Instance.Sequence}";
}
