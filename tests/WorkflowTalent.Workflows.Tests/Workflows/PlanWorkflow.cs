using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WorkflowTalent.Workflows.Activities;
using WorkflowTalent.Workflows.Definitions;
using WorkflowTalent.Workflows.Expressions;
using WorkflowTalent.Workflows.Hosting;
using WorkflowTalent.Workflows.Runtime;
using WorkflowTalent.Workflows.Simulation;
using WorkflowTalent.Workflows.Validation;

namespace WorkflowTalent.Workflows.Tests.Workflows;

/// <summary>
/// One of the plan's definitions in <c>workflows/</c> with its simulation scripts in <c>Workflows/Scripts/&lt;id&gt;/</c>:
/// loads, validates and runs them on a virtual clock, and reads the journal and the outbox for the tests' assertions.
/// </summary>
internal sealed partial class PlanWorkflow(string definitionId, DateTimeOffset start)
{
    public const string Subject = "【玉溪市基层人才对口培养】";

    private static readonly string[] Structural = ["Elsa.Start", "Elsa.End"];

    public string DefinitionPath => Path.Combine(AppContext.BaseDirectory, "workflows", definitionId + ".json");

    public string ScriptDirectory => Path.Combine(AppContext.BaseDirectory, "Workflows", "Scripts", definitionId);

    public static TheoryData<string> ScriptsOf(string definitionId) =>
        [.. Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Workflows", "Scripts", definitionId), "*.jsonl")
            .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    public ValidationResult Validate() =>
        new DefinitionValidator(ActivityRegistry.Default, new ExpressionEvaluator()).Validate(File.ReadAllBytes(DefinitionPath));

    public WorkflowDefinition Load() =>
        DefinitionSerializer.Read(File.ReadAllBytes(DefinitionPath)).Definition ?? throw new InvalidOperationException($"{DefinitionPath} cannot be read");

    /// <summary>
    /// The activities that enforce a rule but do not cite one of <paramref name="rules"/> (R-ids) both in their
    /// <c>description</c> input and in <c>customProperties.policy</c>.
    /// </summary>
    public IReadOnlyList<string> UncitedActivities(params string[] rules) =>
        [.. Load().Root.Activities
            .Where(a => !Structural.Contains(a.Type, StringComparer.Ordinal))
            .Where(a => !Cites(a.Input("description")?.Text, rules) || !Cites(Policy(a), rules))
            .Select(a => a.Id)];

    public Run Simulate(string script)
    {
        var simulator = new WorkflowSimulator(Load(), start);
        var tasks = new List<Bookmark>();
        simulator.Host.StepApplied += step => tasks.AddRange(step.Effects.Opened.Where(b => b.Task is not null));
        var result = simulator.Run(SimulationScript.Parse(File.ReadAllText(Path.Combine(ScriptDirectory, script))));
        return new Run(result, [.. ((InMemoryMailOutbox)simulator.Host.Outbox).Messages], tasks);
    }

    private static string? Policy(ActivityNode activity) =>
        activity.Source["customProperties"] is JsonObject properties ? (string?)properties["policy"] : null;

    private static bool Cites(string? text, string[] rules) =>
        text is not null && RuleId().Matches(text).Any(m => rules.Contains(m.Value, StringComparer.Ordinal));

    [GeneratedRegex(@"R\d+\.\d+")]
    private static partial Regex RuleId();

    internal sealed record Run(SimulationResult Result, IReadOnlyList<MailMessage> Mails, IReadOnlyList<Bookmark> Tasks)
    {
        public IReadOnlyList<JournalEntry> Journal => Result.Journal;

        public WorkflowInstance Instance => Result.Instance ?? throw new InvalidOperationException("the script started no instance");

        public void AssertSucceeded() => Assert.True(Result.Succeeded, $"{Result.Refusal} {string.Join("; ", Result.Failures)}");

        public JournalEntry Single(string journalEvent, string activity) =>
            Assert.Single(Journal, e => e.Event == journalEvent && e.Activity == activity);

        public MailMessage MailTo(string address) => Assert.Single(Mails, m => m.To.SequenceEqual([address]));

        public bool Ran(string activity) => Journal.Any(e => e.Activity == activity && e.Event == JournalEvents.Completed);

        public int IndexOf(JournalEntry entry)
        {
            for (var i = 0; i < Journal.Count; i++)
            {
                if (ReferenceEquals(Journal[i], entry))
                    return i;
            }

            return -1;
        }

        /// <summary>The form of the last task the activity opened, as the engine evaluated it.</summary>
        public JsonArray TaskForm(string activity) =>
            Assert.IsType<JsonArray>(Tasks.Last(t => t.ActivityId == activity).Task!.Form);

        public JsonNode? Output(string name) => Instance.Output.GetValueOrDefault(name);
    }
}
