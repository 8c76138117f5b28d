using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowTalent.Server.Engine;
using WorkflowTalent.Workflows.Alterations;
using ValidationProblem = WorkflowTalent.Workflows.Validation.ValidationProblem;

namespace WorkflowTalent.Server.Instances;

internal static class AlterInstance
{
    public const string SetVariable = "SetVariable";
    public const string CancelActivity = "CancelActivity";
    public const string ScheduleActivity = "ScheduleActivity";

    public static RouteGroupBuilder MapAlterInstance(this RouteGroupBuilder administration)
    {
        administration.MapPost("/{id}/alterations", AlterAsync)
            .WithSummary("Administrators: sets variables, cancels an activity's pending work or schedules an activity, each journalled, then runs the case to its next wait.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return administration;
    }

    private static async Task<Results<Ok<InstanceDetails>, ProblemHttpResult>> AlterAsync(
        string id, AlterInstanceRequest request, ClaimsPrincipal user, WorkflowSteps steps, InstanceReader reader, CancellationToken cancellationToken)
    {
        var problems = new List<ValidationProblem>();
        var alterations = ToAlterations(request.Alterations ?? [], problems);
        if (request.Alterations is not { Count: > 0 })
            problems.Add(new("alterations", "lists at least one alteration"));
        if (problems.Count > 0)
            return InstanceProblems.Invalid(problems);

        // The engine checks them all against the case before any applies (unknown variable 422, activity 404, ended 409).
        steps.Run(host => host.Alter(id, alterations));
        return TypedResults.Ok(await reader.ChangedAsync(user, id, cancellationToken));
    }

    private static List<Alteration> ToAlterations(IReadOnlyList<AlterationRequest> requests, List<ValidationProblem> problems)
    {
        var alterations = new List<Alteration>();
        for (var i = 0; i < requests.Count; i++)
        {
            var (type, name, value, activityId) = requests[i];
            var path = $"alterations[{i}]";
            switch (type)
            {
                // Elsa 3 calls it ModifyVariable; both names are read.
                case SetVariable or "ModifyVariable" when !string.IsNullOrWhiteSpace(name):
                    alterations.Add(new Alteration.ModifyVariable(name, value));
                    break;
                case SetVariable or "ModifyVariable":
                    problems.Add(new($"{path}.name", "names the variable to set"));
                    break;
                case CancelActivity or ScheduleActivity when string.IsNullOrWhiteSpace(activityId):
                    problems.Add(new($"{path}.activityId", "names the activity"));
                    break;
                case CancelActivity:
                    alterations.Add(new Alteration.CancelActivity(activityId!));
                    break;
                case ScheduleActivity:
                    alterations.Add(new Alteration.ScheduleActivity(activityId!));
                    break;
                default:
                    problems.Add(new($"{path}.type", $"is one of {SetVariable}, {CancelActivity}, {ScheduleActivity}"));
                    break;
            }
        }

        return alterations;
    }
}
