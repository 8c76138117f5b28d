using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowTalent.Persistence;
using WorkflowTalent.Server.Engine;
using WorkflowTalent.Workflows.Hosting;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Server.Events;

/// <summary><c>/api/events/{name}</c>: delivers an event to the cases waiting for it (Elsa.Event).</summary>
public static class EventEndpoints
{
    public static IEndpointRouteBuilder MapEventEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/events/{name}", Publish)
            .WithTags("Events")
            .RequireAuthorization(EventsModule.Publishers)
            .WithSummary("Delivers an event to every case waiting for it (of the correlation id, when given); all deliveries commit together.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static Ok<EventDelivery> Publish(string name, PublishEventRequest? request, WorkflowStepCommitter committer, WorkflowHost host)
    {
        var published = new PublishedEvent(name, string.IsNullOrEmpty(request?.CorrelationId) ? null : request.CorrelationId, request?.Payload);
        // One transaction for every case the event wakes, and for the steps those cases set in motion, as
        // WorkflowSteps does for a single step; a concurrent change to one of them retries the whole delivery.
        var steps = committer.Commit(() => host.Publish(published), WorkflowSteps.Retries);
        return TypedResults.Ok(new EventDelivery(steps.Count, [.. steps.Select(s => s.Instance.Id).Distinct(StringComparer.Ordinal)]));
    }
}
