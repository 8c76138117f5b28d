using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using Microsoft.Extensions.Time.Testing;
using WorkflowTalent.Workflows.Activities;
using WorkflowTalent.Workflows.Definitions;
using WorkflowTalent.Workflows.Expressions;
using WorkflowTalent.Workflows.Runtime;
using WorkflowTalent.Workflows.Validation;
using Xunit.Abstractions;

namespace WorkflowTalent.Workflows.Tests.Validation;

/// <summary>
/// Whatever a definition looks like, the engine answers with validation problems or, when it is valid,
/// runs it: no mutation of a valid definition may make the reader, the validator or the runtime throw.
/// </summary>
public class RandomMutationPropertyTests(ITestOutputHelper output)
{
    private const int Cases = 4_000;
    private const int Rounds = 6;

    // Short limits: mutated scripts loop forever or allocate without end, and the whole property must stay fast.
    private static readonly ExpressionEvaluator Expressions = new(new SandboxOptions
    {
        Timeout = TimeSpan.FromMilliseconds(200),
        MaxStatements = 5_000,
        MemoryLimitBytes = 8 * 1024 * 1024,
        RecursionLimit = 64,
        TemplateMaxSteps = 5_000,
    });

    private static readonly DefinitionValidator Validator = new(ActivityRegistry.Default, Expressions);

    [Fact]
    public void Seeds_AreValid()
    {
        foreach (var (name, json) in MutationSeeds.All)
        {
            var result = Validator.Validate(json);
            Assert.True(result.IsValid, $"{name}:{Environment.NewLine}{ValidationHarness.Describe(result)}");
        }
    }

    [Fact]
    public void MutatedDefinitions_OnlyEverYieldProblemsOrARun()
    {
        // Pattern definitions another test owns join in when they validate; a broken one there is that test's to report.
        var seeds = MutationSeeds.All.Concat(MutationSeeds.Patterns().Where(p => Validator.Validate(p.Json).IsValid)).ToList();
        var ran = 0;
        var stopwatch = Stopwatch.StartNew();

        Gen.Select(Gen.Int[0, seeds.Count - 1], Gen.Int, Gen.Int[1, 4]).Sample((seed, randomSeed, mutations) =>
        {
            var (name, json) = seeds[seed];
            var utf8 = JsonMutator.Mutate(json, new Random(randomSeed), mutations);
            try
            {
                if (ValidateAndRun(utf8))
                    Interlocked.Increment(ref ran);
            }
            catch (Exception ex) when (ex is not MutationFailedException)
            {
                throw new MutationFailedException($"seed {name}, {mutations} mutation(s), Random({randomSeed}):{Environment.NewLine}{Show(utf8)}", ex);
            }
        }, iter: Cases, print: t => $"seed {seeds[t.Item1].Name}, Random({t.Item2}), {t.Item3} mutation(s)");

        output.WriteLine($"{Cases} mutations of {seeds.Count} definitions in {stopwatch.Elapsed.TotalSeconds:F1} s: {ran} still valid, and ran");
        // A mutator that only ever broke the JSON would not reach the runtime at all.
        Assert.True(ran > Cases / 20, $"only {ran} of {Cases} mutations ran; the property would not exercise the runtime");
    }

    /// <summary>Validates the document and, when it is valid, runs it; true when it ran.</summary>
    private static bool ValidateAndRun(byte[] utf8)
    {
        var result = Validator.Validate(utf8);
        // The reader on its own too, since the validator turns its failures into problems.
        var read = DefinitionSerializer.Read(utf8);
        if (result.Problems.FirstOrDefault(p => p.Message.StartsWith(DefinitionValidator.InternalFailurePrefix, StringComparison.Ordinal)) is { } failure)
            throw new MutationFailedException($"the validator failed: {failure}");
        if (read.Definition is not null && result.Definition is null)
            throw new MutationFailedException("the validator and the reader disagree on whether the document could be read");
        if (!result.IsValid)
            return false;

        Run(result.Definition!);
        return true;
    }

    private static void Run(WorkflowDefinition definition)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 1, 0, 0, TimeSpan.Zero));
        var runtime = new WorkflowRuntime(clock, Expressions, options: new WorkflowRuntimeOptions { MaxActivitiesPerStep = 500, NewInstanceId = () => "instance-1" });
        var workflow = runtime.Compile(definition);
        var instance = runtime.Start(workflow, new JsonObject { ["days"] = 3 }, "correlation-1").Instance;
        for (var round = 0; round < Rounds && !instance.IsEnded && instance.Bookmarks.Count > 0; round++)
        {
            // Every other round lets time run to the earliest due timer, so task escalations fire too.
            var fireTimer = round % 2 == 1;
            var bookmark = (fireTimer ? instance.Bookmarks.Where(b => b.Due is not null).MinBy(b => b.Due) : null) ?? instance.Bookmarks[0];
            try
            {
                instance = Advance(runtime, workflow, clock, instance, bookmark, fireTimer);
            }
            catch (WorkflowRefusedException)
            {
                // A refusal changes nothing; the round is spent.
            }
        }
    }

    // Resumes one bookmark the way its host would: the task's first outcome by its role and scope, the timer at its due time.
    private static WorkflowInstance Advance(WorkflowRuntime runtime, CompiledWorkflow workflow, FakeTimeProvider clock, WorkflowInstance instance, Bookmark bookmark, bool fireTimer)
    {
        if (bookmark.Kind == BookmarkKind.Task && bookmark.Task is { } task && !(fireTimer && bookmark.Due is not null))
        {
            var completion = new ResumeSignal.TaskCompletion(task.Outcomes[0], new JsonObject { ["comment"] = "ok" }, "ok", new Actor(task.Role, task.Scope, "tester"));
            return runtime.CompleteTask(workflow, instance, bookmark.Id, completion).Instance;
        }

        if (bookmark.Due is { } due)
        {
            if (due > clock.GetUtcNow())
                clock.SetUtcNow(due);
            return runtime.FireTimer(workflow, instance, bookmark.Id).Instance;
        }

        return bookmark.Kind switch
        {
            BookmarkKind.Event => runtime.DeliverEvent(workflow, instance, bookmark.Id, new PublishedEvent(bookmark.EventName ?? "", bookmark.CorrelationId, new JsonObject { ["ok"] = true })).Instance,
            BookmarkKind.Child => runtime.ResumeChild(workflow, instance, bookmark.Id, new ResumeSignal.ChildEnded("child-1", WorkflowStatus.Finished, [])).Instance,
            _ => instance,
        };
    }

    private static string Show(byte[] utf8)
    {
        var text = Encoding.UTF8.GetString(utf8);
        return text.Length <= 6_000 ? text : text[..6_000] + "…";
    }
}
