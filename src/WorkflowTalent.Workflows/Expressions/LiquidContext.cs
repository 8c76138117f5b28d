using Fluid;

namespace WorkflowTalent.Workflows.Expressions;

/// <summary>A render's context that can tell which Fluid limit stopped it (Fluid reports both with one message).</summary>
internal sealed class LiquidContext(TemplateOptions options) : TemplateContext(options, StringComparer.OrdinalIgnoreCase)
{
    public bool StepsExhausted => MaxSteps > 0 && _steps > MaxSteps;

    public bool RecursionExhausted => _recursion >= Options.MaxRecursion;
}
