using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowTalent.Workflows.Definitions;

namespace WorkflowTalent.Workflows.Expressions;

/// <summary>
/// Prepares activity inputs (FORMAT.md "Expressions") once per definition version. Thread-safe; prepared
/// expressions are immutable and may be evaluated concurrently.
/// </summary>
public sealed class ExpressionEvaluator
{
    private readonly SandboxOptions _sandbox;
    private readonly JsEnginePool _engines;
    private readonly LiquidRenderer _liquid;

    public ExpressionEvaluator(SandboxOptions? options = null)
    {
        _sandbox = options ?? SandboxOptions.Default;
        _engines = JsEnginePool.For(_sandbox);
        _liquid = new LiquidRenderer(_sandbox);
    }

    /// <summary>Parses the input once. Throws <see cref="ExpressionException"/> on a syntax error.</summary>
    public IPreparedExpression Prepare(InputValue input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.UnknownExpressionType is { } unknown)
            throw new ExpressionException(UnknownTypeMessage(unknown));
        return input.Type switch
        {
            ExpressionType.Literal => new ConstantExpression(input.Value?.DeepClone()),
            ExpressionType.Object => new ConstantExpression(ParseObject(input.Value)),
            ExpressionType.Variable => new VariableExpression(input.Text ?? ""),
            ExpressionType.JavaScript => PrepareJavaScript(input.Text ?? ""),
            ExpressionType.Liquid => _liquid.Prepare(input.Text ?? ""),
            _ => throw new ExpressionException($"expression type {input.Type} is not supported"),
        };
    }

    /// <summary>A JavaScript snippet given as plain text (a RunJavaScript script, a FlowSwitch condition).</summary>
    public IPreparedExpression PrepareJavaScript(string script)
    {
        ArgumentNullException.ThrowIfNull(script);
        return new JavaScriptExpression(JavaScriptProgram.Prepare(script), _engines, _sandbox);
    }

    /// <summary>For validation: null when the input parses, else the parser's message. Never throws.</summary>
    public string? CheckSyntax(InputValue input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.UnknownExpressionType is { } unknown)
            return UnknownTypeMessage(unknown);
        return input.Type switch
        {
            ExpressionType.Object => TryParseObject(input.Value, out _),
            ExpressionType.JavaScript => CheckJavaScriptSyntax(input.Text ?? ""),
            ExpressionType.Liquid => LiquidRenderer.CheckSyntax(input.Text ?? ""),
            _ => null,
        };
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Part of the evaluator's instance API, beside CheckSyntax.")]
    public string? CheckJavaScriptSyntax(string script)
    {
        ArgumentNullException.ThrowIfNull(script);
        return JavaScriptProgram.CheckSyntax(script);
    }

    private static JsonNode? ParseObject(JsonNode? value) =>
        TryParseObject(value, out var parsed) is { } error ? throw new ExpressionException(error) : parsed;

    // Elsa writes Object expressions as JSON text ("[\"One\",\"Two\"]"); a value already in JSON form is taken as is.
    private static string? TryParseObject(JsonNode? value, out JsonNode? parsed)
    {
        parsed = null;
        if (value is not JsonValue text || !text.TryGetValue<string>(out var json))
        {
            parsed = value?.DeepClone();
            return null;
        }

        if (string.IsNullOrWhiteSpace(json))
            return null;
        try
        {
            parsed = JsonNode.Parse(json);
            return null;
        }
        catch (JsonException ex)
        {
            return $"Object expression is not valid JSON: {ex.Message}";
        }
    }

    private static string UnknownTypeMessage(string type) =>
        $"unknown expression type '{type}'; use Literal, Object, JavaScript, Liquid or Variable";
}
