using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowTalent.Workflows.Activities;
using WorkflowTalent.Workflows.Definitions;
using WorkflowTalent.Workflows.Expressions;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Workflows.Validation;

/// <summary>Checks the inputs of one activity of a known type: expressions, required inputs and literal values by kind.</summary>
internal sealed class InputValidator(ExpressionEvaluator expressions)
{
    public void Check(WorkflowDefinition definition, ActivityNode node, Activity activity, List<ValidationProblem> problems)
    {
        var kinds = activity.Inputs.ToDictionary(d => d.Name, d => d.Kind, StringComparer.Ordinal);

        // Every input, described or not: the runtime prepares every non-literal input when it compiles the version.
        var unparsable = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, input) in node.Inputs)
        {
            var isReference = kinds.TryGetValue(name, out var kind) && kind == InputKind.VariableReference;
            if (CheckExpression(definition, input, $"{node.Path}.{name}", isReference, problems) is not null)
                unparsable.Add(name);
        }

        foreach (var descriptor in activity.Inputs)
        {
            var input = node.Input(descriptor.Name);
            var path = $"{node.Path}.{descriptor.Name}";
            if (descriptor.Required && IsMissing(input))
            {
                problems.Add(new(path, $"input {descriptor.Name} is required ({node.Type})"));
                continue;
            }

            if (input is null || unparsable.Contains(descriptor.Name) || IsEmpty(input))
                continue;
            CheckValue(definition, node, descriptor, input, path, problems);
        }

        if (node.Type == HumanTaskActivity.TypeName)
            CheckEscalation(node, problems);
    }

    /// <summary>Checks the expression of an input; returns the problem when it cannot be prepared, so its value is not judged again.</summary>
    private ValidationProblem? CheckExpression(WorkflowDefinition definition, InputValue input, string path, bool isVariableReference, List<ValidationProblem> problems)
    {
        ValidationProblem? problem = null;
        if (input.UnknownExpressionType is { } unknown)
            problem = new(path, $"expression type {unknown} is not supported; use Literal, Object, JavaScript, Liquid or Variable");
        else if (!Enum.IsDefined(input.Type))
            problem = new(path, $"expression type {input.Type} is not supported; use Literal, Object, JavaScript, Liquid or Variable");
        else if (input.Type is ExpressionType.JavaScript or ExpressionType.Liquid or ExpressionType.Object && expressions.CheckSyntax(input) is { } error)
            problem = new(path, input.Type == ExpressionType.Object ? error : $"{input.Type} syntax error: {error}");
        else if (input.Type == ExpressionType.Variable && !isVariableReference && !IsEmpty(input) && !IsDeclared(definition, input.Text))
            problem = new(path, $"variable {input.Text} is not declared in the definition's variables");

        if (problem is not null)
            problems.Add(problem);
        return problem;
    }

    private void CheckValue(WorkflowDefinition definition, ActivityNode node, InputDescriptor descriptor, InputValue input, string path, List<ValidationProblem> problems)
    {
        // Literal and Object inputs are constants, known now; the others are only known when they run.
        var literal = input.Type == ExpressionType.Literal;
        var constant = literal || input.Type == ExpressionType.Object;
        var value = input.Type == ExpressionType.Object ? ObjectConstant(input.Value) : input.Value;
        if (constant && descriptor.AllowedValues is { } allowed && JsonValues.AsText(value) is { Length: > 0 } text && !allowed.Contains(text, StringComparer.Ordinal))
        {
            problems.Add(new(path, $"{descriptor.Name} '{text}' is not one of {string.Join(", ", allowed)}"));
            return;
        }

        string? message = descriptor.Kind switch
        {
            InputKind.Boolean when constant => LiteralRules.Boolean(descriptor.Name, value),
            InputKind.Duration when constant => LiteralRules.Duration(descriptor.Name, value, mustBePositive: node.Type == "Elsa.Timer"),
            InputKind.DateTime when constant => LiteralRules.DateTime(descriptor.Name, value),
            InputKind.DurationOrDateTime when constant => LiteralRules.DurationOrDateTime(descriptor.Name, value),
            InputKind.Cron when constant => LiteralRules.Cron(descriptor.Name, value),
            InputKind.StringList when constant => LiteralRules.StringList(descriptor.Name, value),
            InputKind.Json when literal => LiteralRules.Json(descriptor.Name, value),
            InputKind.Script when literal => expressions.CheckJavaScriptSyntax(input.Text ?? ""),
            InputKind.VariableReference => VariableReference(definition, descriptor, input),
            InputKind.SwitchCases when !constant => $"{descriptor.Name} must be written as a list of {{ label, condition }}, not computed by an expression",
            _ => null,
        };
        if (message is not null)
            problems.Add(new(path, message));

        if (descriptor.Kind == InputKind.SwitchCases && constant)
            CheckSwitchCases(definition, node, path, problems);
        else if (descriptor.Kind == InputKind.FormFields && constant)
            FormFieldRules.Check(value, path, problems);
    }

    private static string? VariableReference(WorkflowDefinition definition, InputDescriptor descriptor, InputValue input)
    {
        if (input.Type is not (ExpressionType.Literal or ExpressionType.Object or ExpressionType.Variable))
            return null;
        var name = JsonValues.VariableName(input, definition.Variables);
        if (name is null)
        {
            // Elsa writes an unbound output as { memoryReference: { id } } of the activity's own memory: nothing to check then.
            return descriptor.Required || JsonValues.AsJson(input.Value) is not JsonObject
                ? $"{descriptor.Name} does not name a variable"
                : null;
        }

        return IsDeclared(definition, name) ? null : $"{descriptor.Name} names variable {name}, which is not declared in the definition's variables";
    }

    private void CheckSwitchCases(WorkflowDefinition definition, ActivityNode node, string path, List<ValidationProblem> problems)
    {
        if (SwitchCase.Read(node) is not { } cases)
        {
            problems.Add(new(path, "cases must be a list of { label, condition }"));
            return;
        }

        var firstByLabel = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var j = 0; j < cases.Count; j++)
        {
            var label = cases[j].Label;
            if (string.IsNullOrWhiteSpace(label))
                problems.Add(new($"{path}[{j}].label", "a case needs a label, which names its port"));
            else if (!firstByLabel.TryAdd(label, j))
                problems.Add(new($"{path}[{j}].label", $"case label {label} is already used by {path}[{firstByLabel[label]}]"));
            CheckExpression(definition, cases[j].Condition, $"{path}[{j}].condition", isVariableReference: false, problems);
        }
    }

    private static void CheckEscalation(ActivityNode node, List<ValidationProblem> problems)
    {
        if (node.Input("escalation") is { Type: ExpressionType.Literal } escalation
            && JsonValues.AsText(escalation.Value) is "Overdue" or "Timeout"
            && IsMissing(node.Input("due")))
        {
            problems.Add(new($"{node.Path}.escalation", $"escalation {JsonValues.AsText(escalation.Value)} needs a due time; set input due"));
        }
    }

    // An Object expression's value as the evaluator makes it: JSON text parsed, a JSON value as it is. Its syntax is checked before.
    private static JsonNode? ObjectConstant(JsonNode? value)
    {
        if (value is not JsonValue text || !text.TryGetValue<string>(out var json))
            return value;
        try
        {
            return JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return value;
        }
    }

    private static bool IsDeclared(WorkflowDefinition definition, string? name) =>
        definition.Variables.Any(v => string.Equals(v.Name, name, StringComparison.Ordinal));

    private static bool IsMissing(InputValue? input) => input is null || IsEmpty(input);

    private static bool IsEmpty(InputValue input) => input.Value switch
    {
        null => true,
        JsonValue value when value.TryGetValue<string>(out var text) && string.IsNullOrWhiteSpace(text) => true,
        _ => input.Type is ExpressionType.Literal or ExpressionType.Object && JsonValues.AsJson(input.Value) is JsonArray { Count: 0 },
    };
}
