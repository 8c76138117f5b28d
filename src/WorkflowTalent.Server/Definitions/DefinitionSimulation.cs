using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.Definitions;
using WorkflowTalent.Server.Problems;
using WorkflowTalent.Workflows.Definitions;
using WorkflowTalent.Workflows.Runtime;
using WorkflowTalent.Workflows.Simulation;
using WorkflowTalent.Workflows.Time;
using WorkflowTalent.Workflows.Validation;
using ValidationProblem = WorkflowTalent.Workflows.Validation.ValidationProblem;

namespace WorkflowTalent.Server.Definitions;

/// <summary>
/// Runs a stored version through a script on a virtual clock, as <c>wt simulate</c> does: in memory, so nothing
/// is stored, no mail leaves and no task reaches an inbox. Child workflows run on the published versions.
/// </summary>
public sealed class DefinitionSimulation(WorkflowDbContext db, DefinitionValidator validator, TimeProvider clock)
{
    public Results<Ok<SimulationReport>, ProblemHttpResult> Run(string json, SimulationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var validation = validator.Validate(json);
        if (!validation.IsValid)
            return ValidationProblems.Unprocessable("The definition is not valid", validation.Problems);
        var definition = validation.Definition!;

        var start = WholeSeconds(clock.GetUtcNow());
        if (request.Start is { } startText && !ShanghaiTime.TryParse(startText, out start))
            return ValidationProblems.Unprocessable("The start is not a date-time", [new ValidationProblem("start", $"'{startText}' is not a date-time; write e.g. 2026-09-01T09:00:00+08:00")]);

        IReadOnlyList<ScriptStep> steps;
        try
        {
            steps = SimulationScript.Parse(request.Script ?? "");
        }
        catch (ScriptException ex)
        {
            var problem = ValidationProblems.Unprocessable("The script cannot be read", [new ValidationProblem("script", ex.Message)]);
            problem.ProblemDetails.Extensions["line"] = ex.Line;
            return problem;
        }

        var result = new WorkflowSimulator(definition, start, Others(definition.DefinitionId)).Run(steps);
        return TypedResults.Ok(new SimulationReport(
            result.Instance?.Status.ToString(),
            result.Succeeded,
            [.. result.Journal.Select(e => JsonNode.Parse(InstanceSerializer.Serialize(e))!)],
            [.. result.Output],
            result.Failures,
            result.Refusal));
    }

    // wt simulate takes the other definitions of a folder; the service's counterpart is every other published one.
    private List<WorkflowDefinition> Others(string definitionId) =>
        [.. db.Definitions.AsNoTracking()
            .Where(d => d.Status == DefinitionStatus.Published && d.DefinitionId != definitionId)
            .Select(d => d.Json)
            .AsEnumerable()
            .Select(j => DefinitionSerializer.Read(j).Definition)
            .OfType<WorkflowDefinition>()];

    private static DateTimeOffset WholeSeconds(DateTimeOffset time) => time.AddTicks(-(time.Ticks % TimeSpan.TicksPerSecond));
}
