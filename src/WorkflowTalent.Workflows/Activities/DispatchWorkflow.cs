using System.Text.Json.Nodes;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Workflows.Activities;

/// <summary>Starts a child instance and goes on at once.</summary>
public sealed class DispatchWorkflow : Activity
{
    public override string Type => "Elsa.DispatchWorkflow";

    public override IReadOnlyList<InputDescriptor> Inputs { get; } =
        [new("workflowDefinitionId", InputKind.Text, Required: true), new("input", InputKind.Json), new("correlationId", InputKind.Text)];

    public override ActivityResult Execute(ActivityContext context)
    {
        context.Effects.Children.Add(Request(context, parentBookmarkId: null));
        return ActivityResult.Done;
    }

    internal static ChildRequest Request(ActivityContext context, string? parentBookmarkId)
    {
        var definitionId = context.RequiredText("workflowDefinitionId");
        var input = context.Json("input") switch
        {
            null => [],
            JsonObject obj => obj,
            _ => throw new ActivityFaultException("input 'input' must be a JSON object"),
        };
        context.Journal(context.Entry(JournalEvents.ChildStarted) with { Name = definitionId });
        return new ChildRequest(context.Instance.Id, context.Node.Id, parentBookmarkId, definitionId, input,
            context.Text("correlationId") is { Length: > 0 } correlation ? correlation : null);
    }
}
