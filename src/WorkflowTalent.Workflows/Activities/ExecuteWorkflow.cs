using System.Text.Json.Nodes;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Workflows.Activities;

/// <summary>Starts a child instance and waits until it ends; its output goes to the <c>result</c> variable.</summary>
public sealed class ExecuteWorkflow : Activity
{
    public override string Type => "Elsa.ExecuteWorkflow";

    public override IReadOnlyList<InputDescriptor> Inputs { get; } =
    [
        new("workflowDefinitionId", InputKind.Text, Required: true), new("input", InputKind.Json),
        new("correlationId", InputKind.Text), new("result", InputKind.VariableReference),
    ];

    public override ActivityResult Execute(ActivityContext context)
    {
        var bookmark = context.OpenBookmark(BookmarkKind.Child, resultVariable: context.VariableName("result"));
        context.Effects.Children.Add(DispatchWorkflow.Request(context, bookmark.Id));
        return ActivityResult.Wait;
    }

    public override ActivityResult Resume(ActivityContext context, Bookmark bookmark, ResumeSignal signal)
    {
        var ended = (ResumeSignal.ChildEnded)signal;
        context.Journal(context.Entry(JournalEvents.ChildEnded) with { Name = ended.ChildInstanceId, Message = ended.Status.ToString() });
        if (ended.Status != WorkflowStatus.Finished)
            return new ActivityResult.Fault($"child instance {ended.ChildInstanceId} ended {ended.Status}");
        if (bookmark.ResultVariable is { } variable)
            context.SetVariable(variable, ended.Output.DeepClone());
        context.Instance.LastResult = (JsonObject)ended.Output.DeepClone();
        return ActivityResult.Done;
    }
}
