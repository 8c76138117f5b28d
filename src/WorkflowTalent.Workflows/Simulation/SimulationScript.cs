using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowTalent.Workflows.Definitions;
using WorkflowTalent.Workflows.Runtime;
using WorkflowTalent.Workflows.Time;

namespace WorkflowTalent.Workflows.Simulation;

/// <summary>
/// Reads a simulation script: one JSON object a line — <c>input</c>, <c>advance</c>, <c>advanceTo</c>,
/// <c>complete</c>, <c>publish</c>, <c>cancel</c>, <c>expect</c>. Blank lines and lines starting with
/// <c>//</c> or <c>#</c> are skipped.
/// </summary>
public static class SimulationScript
{
    public static IReadOnlyList<ScriptStep> Parse(string text)
    {
        var steps = new List<ScriptStep>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim().TrimStart('\uFEFF');
            if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal) || line.StartsWith('#'))
                continue;
            steps.Add(ParseLine(line, i + 1));
        }

        return steps;
    }

    private static ScriptStep ParseLine(string line, int number)
    {
        JsonObject obj;
        try
        {
            obj = JsonNode.Parse(line) as JsonObject ?? throw new ScriptException(number, "each line must be a JSON object");
        }
        catch (JsonException ex)
        {
            throw new ScriptException(number, $"not valid JSON: {ex.Message}");
        }

        if (obj.Count != 1 && !obj.ContainsKey("input"))
            throw new ScriptException(number, "each line holds one command: input, advance, advanceTo, complete, publish, cancel or expect");
        var (command, value) = obj.First();
        return command switch
        {
            "input" => new ScriptStep.Start(number, value as JsonObject ?? [], JsonValues.AsText(obj["correlation"])),
            "advance" => new ScriptStep.Advance(number, WorkflowDuration.TryParse(JsonValues.AsText(value), out var by) ? by : throw new ScriptException(number, $"advance: '{value}' is not a duration (P4D, PT2H, d.hh:mm:ss)")),
            "advanceTo" => new ScriptStep.AdvanceTo(number, ShanghaiTime.TryParse(JsonValues.AsText(value), out var to) ? to : throw new ScriptException(number, $"advanceTo: '{value}' is not a date-time")),
            "complete" => ParseComplete(number, value as JsonObject ?? throw new ScriptException(number, "complete takes an object")),
            "publish" => ParsePublish(number, value as JsonObject ?? throw new ScriptException(number, "publish takes an object")),
            "cancel" => new ScriptStep.Cancel(number, JsonValues.AsText(value) ?? "cancelled"),
            "expect" => ParseExpect(number, value as JsonObject ?? throw new ScriptException(number, "expect takes an object")),
            _ => throw new ScriptException(number, $"unknown command '{command}'"),
        };
    }

    private static ScriptStep.Complete ParseComplete(int number, JsonObject complete)
    {
        var activity = JsonValues.AsText(complete["activity"]) ?? throw new ScriptException(number, "complete needs an activity");
        var outcome = JsonValues.AsText(complete["outcome"]) ?? throw new ScriptException(number, "complete needs an outcome");
        var by = complete["by"] as JsonObject;
        var role = JsonValues.AsText(by?["role"]) ?? throw new ScriptException(number, "complete needs by.role");
        var actor = new Actor(role, JsonValues.AsText(by?["scope"]), JsonValues.AsText(by?["user"]));
        return new ScriptStep.Complete(number, activity, new ResumeSignal.TaskCompletion(outcome, complete["data"] as JsonObject, JsonValues.AsText(complete["comment"]), actor));
    }

    private static ScriptStep.Publish ParsePublish(int number, JsonObject publish)
    {
        var name = JsonValues.AsText(publish["event"]) ?? throw new ScriptException(number, "publish needs an event name");
        return new ScriptStep.Publish(number, new PublishedEvent(name, JsonValues.AsText(publish["correlation"]), publish["payload"]?.DeepClone()));
    }

    private static ScriptStep.Expect ParseExpect(int number, JsonObject expect)
    {
        WorkflowStatus? status = null;
        if (JsonValues.AsText(expect["status"]) is { } statusText)
            status = EnumNames.TryParse<WorkflowStatus>(statusText, out var parsed) ? parsed : throw new ScriptException(number, $"expect: unknown status '{statusText}'");
        return new ScriptStep.Expect(number, status,
            expect["openTasks"] is JsonArray tasks ? JsonValues.AsStringList(tasks) : null,
            expect["variables"] as JsonObject,
            expect["output"] is JsonArray output ? JsonValues.AsStringList(output) : null);
    }
}
