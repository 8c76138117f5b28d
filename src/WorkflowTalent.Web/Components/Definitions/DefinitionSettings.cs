using System.Text.Json;
using System.Text.Json.Nodes;

namespace WorkflowTalent.Web.Components.Definitions;

/// <summary>
/// The settings administrators change most, read from and written into a definition's JSON: each human task's
/// approver role, scope, due time and what happens when it is overdue; the due-time variables' defaults (how
/// talent-leave's approvalDue, P3D, gives every approver the same time, R15.1); the e-mails' subject and body.
/// </summary>
public sealed class DefinitionSettings
{
    public const string HumanTaskType = "WorkflowTalent.HumanTask";
    public const string SendEmailType = "Elsa.SendEmail";
    public const string StartAtType = "Elsa.StartAt";

    /// <summary>The roles a human task may name (the service's WorkflowRoles, which this project cannot reference).</summary>
    public static IReadOnlyList<string> ApproverRoles { get; } =
        ["MunicipalOrganization", "CountyOrganization", "CompetentDepartment", "ReceivingUnit", "ReceivingUnitHr", "OriginalUnit", "Trainee"];

    public static IReadOnlyList<string> EscalationModes { get; } = ["None", "Overdue", "Timeout"];

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly JsonObject document;

    private DefinitionSettings(JsonObject document) => this.document = document;

    /// <summary>The settings of <paramref name="json"/>; null when the text is not a definition object (being typed).</summary>
    public static DefinitionSettings? Read(string json)
    {
        try
        {
            return JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }) is JsonObject document
                ? new DefinitionSettings(document)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public IReadOnlyList<TaskSetting> Tasks => [.. Activities(HumanTaskType).Select(a => new TaskSetting(
        Text(a["id"]) ?? "",
        Text(a["name"]),
        Expression(a["role"])?.Value ?? "",
        Expression(a["scope"]),
        Expression(a["due"]),
        Expression(a["escalation"])?.Value ?? "None",
        OverdueTargets(Text(a["id"]))))];

    /// <summary>Variables a task's due time names, with their default value (e.g. approvalDue = P3D).</summary>
    public IReadOnlyList<DueVariable> DueVariables => [.. Tasks
        .Where(t => t.Due is { Type: "Variable" })
        .Select(t => t.Due!.Value)
        .Distinct(StringComparer.Ordinal)
        .Select(name => new DueVariable(name, Variable(name) is { } v ? Text(v["value"]) ?? "" : "",
            [.. Tasks.Where(t => t.Due is { Type: "Variable" } d && d.Value == name).Select(t => t.Id)]))];

    /// <summary>
    /// Variables a timer's date is computed from — the reminders' lead times the policy leaves to settings
    /// (talent-report-in's firstReminderDays = 7 and lastReminderDays = 1 before the report-in time), with the timers
    /// (Elsa.StartAt) that use them.
    /// </summary>
    public IReadOnlyList<DueVariable> TimerVariables => [.. (document["variables"] as JsonArray ?? []).OfType<JsonObject>()
        .Select(v => (Name: Text(v["name"]) ?? "", Default: Text(v["value"]) ?? ""))
        // Without a default it is a date the case fills in (reportInTime), not a setting.
        .Where(v => v.Name.Length > 0 && v.Default.Length > 0)
        .Select(v => new DueVariable(v.Name, v.Default, [.. Activities(StartAtType)
            .Where(a => Mentions(Expression(a["dateTime"])?.Value, v.Name))
            .Select(a => Text(a["id"]) ?? "")]))
        .Where(v => v.UsedBy.Count > 0)];

    public IReadOnlyList<EmailSetting> Emails => [.. Activities(SendEmailType).Select(a => new EmailSetting(
        Text(a["id"]) ?? "", Text(a["name"]), Expression(a["subject"])?.Value ?? "", Expression(a["body"])?.Value ?? ""))];

    public void SetRole(string activityId, string role) => SetExpression(activityId, "role", "String", "Literal", role);

    /// <summary>A due time written on the task itself: an ISO 8601 duration (P5D) or date-time.</summary>
    public void SetDue(string activityId, string due) => SetExpression(activityId, "due", "String", "Literal", due);

    public void SetEscalation(string activityId, string mode) => SetExpression(activityId, "escalation", "String", "Literal", mode);

    public void SetVariableDefault(string name, string value)
    {
        if (Variable(name) is { } variable)
            variable["value"] = value;
    }

    public void SetSubject(string activityId, string subject) => SetExpression(activityId, "subject", "String", "Liquid", subject);

    public void SetBody(string activityId, string body) => SetExpression(activityId, "body", "String", "Liquid", body);

    public string ToJson() => document.ToJsonString(Indented);

    private IEnumerable<JsonObject> Activities(string type) =>
        (document["root"]?["activities"] as JsonArray ?? []).OfType<JsonObject>().Where(a => Text(a["type"]) == type);

    private JsonObject? Variable(string name) =>
        (document["variables"] as JsonArray ?? []).OfType<JsonObject>().FirstOrDefault(v => Text(v["name"]) == name);

    // The activities an Overdue (or Timeout) port leads to: where the reminder and escalation mails are (R15.1).
    private IReadOnlyList<string> OverdueTargets(string? activityId) =>
        [.. (document["root"]?["connections"] as JsonArray ?? []).OfType<JsonObject>()
            .Where(c => Text(c["source"]?["activity"]) == activityId && Text(c["source"]?["port"]) is "Overdue" or "Timeout")
            .Select(c => Text(c["target"]?["activity"]) ?? "")];

    private void SetExpression(string activityId, string input, string typeName, string expressionType, string value)
    {
        var activity = (document["root"]?["activities"] as JsonArray ?? []).OfType<JsonObject>().FirstOrDefault(a => Text(a["id"]) == activityId);
        if (activity is null)
            return;
        // An expression of another kind (a JavaScript due time) is replaced, since the form writes the value itself.
        if (activity[input] is JsonObject { } existing && existing["expression"] is JsonObject expression)
        {
            expression["type"] = expressionType;
            expression["value"] = value;
        }
        else
        {
            activity[input] = new JsonObject { ["typeName"] = typeName, ["expression"] = new JsonObject { ["type"] = expressionType, ["value"] = value } };
        }
    }

    // A script reads a variable as variables.name or through its getter, getName() (docs/engine.md).
    private static bool Mentions(string? script, string variable) =>
        script is not null
        && (script.Contains($"variables.{variable}", StringComparison.Ordinal)
            || script.Contains($"get{char.ToUpperInvariant(variable[0])}{variable[1..]}(", StringComparison.Ordinal));

    private static ExpressionSetting? Expression(JsonNode? input) =>
        input?["expression"] is JsonObject e ? new ExpressionSetting(Text(e["type"]) ?? "", Text(e["value"]) ?? "") : null;

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}

/// <summary>An input's expression: its kind (Literal, Variable, JavaScript, Liquid) and its text.</summary>
public sealed record ExpressionSetting(string Type, string Value);

public sealed record TaskSetting(string Id, string? Name, string Role, ExpressionSetting? Scope, ExpressionSetting? Due, string Escalation, IReadOnlyList<string> OverdueTargets);

/// <summary>A variable that tasks' due times name, its default, and the tasks that use it.</summary>
public sealed record DueVariable(string Name, string Default, IReadOnlyList<string> UsedBy);

public sealed record EmailSetting(string Id, string? Name, string Subject, string Body);
