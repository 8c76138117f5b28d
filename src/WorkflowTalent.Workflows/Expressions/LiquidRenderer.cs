using System.Globalization;
using Fluid;
using WorkflowTalent.Workflows.Time;

namespace WorkflowTalent.Workflows.Expressions;

/// <summary>Parses Liquid templates with one shared parser (Fluid's parser is thread-safe) and holds the render limits.</summary>
internal sealed class LiquidRenderer
{
    private static readonly FluidParser Parser = new(new FluidParserOptions { AllowFunctions = false });

    public LiquidRenderer(SandboxOptions sandbox)
    {
        Options = new TemplateOptions
        {
            MaxSteps = sandbox.TemplateMaxSteps,
            MaxRecursion = sandbox.RecursionLimit,
            CultureInfo = CultureInfo.InvariantCulture,
            TimeZone = ShanghaiTime.Zone,
        };
    }

    /// <summary>Shared by every render and never changed after construction.</summary>
    public TemplateOptions Options { get; }

    public LiquidExpression Prepare(string template) =>
        TryParse(template, out var parsed) is { } error ? throw new ExpressionException(error) : new LiquidExpression(parsed!, this);

    public static string? CheckSyntax(string template) => TryParse(template, out _);

    private static string? TryParse(string template, out IFluidTemplate? parsed)
    {
        parsed = null;
        if (LiquidNesting.Check(template) is { } tooDeep)
            return tooDeep;
        return Parser.TryParse(template, out parsed, out var error) ? null : SyntaxMessage(error);
    }

    // Fluid appends the whole source after the position; the first line says what and where.
    private static string SyntaxMessage(string? error)
    {
        var text = error ?? "unknown error";
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        return $"Liquid syntax error: {(end < 0 ? text : text[..end]).TrimEnd()}";
    }
}
