using System.Globalization;
using System.Text.Json.Nodes;
using Fluid;
using WorkflowTalent.Workflows.Time;

namespace WorkflowTalent.Workflows.Expressions;

/// <summary>
/// A prepared Liquid template. It sees <c>Variables</c>, <c>Input</c>, <c>Workflow</c> and <c>LastResult</c>
/// and renders to a string, unencoded: whoever puts the text into HTML encodes it there.
/// </summary>
internal sealed class LiquidExpression(IFluidTemplate template, LiquidRenderer renderer) : IPreparedExpression
{
    public JsonNode? Evaluate(ExpressionScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var clock = scope.Clock;
        var context = new LiquidContext(renderer.Options) { Now = () => ShanghaiTime.ToLocal(clock.GetUtcNow()) };
        context.SetValue("Variables", JsonFluidValues.Dictionary(scope.Variables));
        context.SetValue("Input", JsonFluidValues.Dictionary(scope.Input));
        context.SetValue("Workflow", JsonFluidValues.Workflow(scope));
        context.SetValue("LastResult", JsonFluidValues.Convert(scope.LastResult));
        try
        {
            return JsonValue.Create(template.Render(context, NullEncoder.Default));
        }
        catch (Exception ex) when (ex is not ExpressionException)
        {
            throw new ExpressionException(FailureMessage(ex, context), ex);
        }
    }

    private string FailureMessage(Exception exception, LiquidContext context)
    {
        if (context.StepsExhausted)
            return $"Liquid template ran more than {renderer.Options.MaxSteps.ToString("N0", CultureInfo.InvariantCulture)} steps";
        if (context.RecursionExhausted)
            return $"Liquid template nested deeper than {renderer.Options.MaxRecursion.ToString(CultureInfo.InvariantCulture)}";
        return $"Liquid template failed: {exception.Message}";
    }
}
