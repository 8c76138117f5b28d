using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using WorkflowTalent.Workflows.Expressions;

namespace WorkflowTalent.Workflows.Tests.Expressions;

/// <summary>Builds an <see cref="ExpressionScope"/> on a fake clock set to 2026-08-31 00:00 Asia/Shanghai.</summary>
internal sealed class ScopeBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 8, 30, 16, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<string, JsonNode?> _variables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _types = new(StringComparer.Ordinal);
    private readonly JsonObject _input = [];
    private JsonNode? _lastResult;
    private TimeProvider _clock = new FakeTimeProvider(Now);
    private string? _correlationId = "corr-1";

    public ScopeBuilder Variable(string name, JsonNode? value, string? type = null)
    {
        _variables[name] = value;
        if (type is not null)
            _types[name] = type;
        return this;
    }

    public ScopeBuilder Input(string name, JsonNode? value)
    {
        _input[name] = value;
        return this;
    }

    public ScopeBuilder LastResult(JsonNode? value)
    {
        _lastResult = value;
        return this;
    }

    public ScopeBuilder Clock(TimeProvider clock)
    {
        _clock = clock;
        return this;
    }

    public ScopeBuilder CorrelationId(string? id)
    {
        _correlationId = id;
        return this;
    }

    public ExpressionScope Build() => new()
    {
        Variables = _variables,
        DeclaredVariables = _variables.Keys.ToArray(),
        VariableTypes = _types,
        Input = _input,
        LastResult = _lastResult,
        InstanceId = "inst-1",
        DefinitionId = "leave-request",
        Version = 3,
        CorrelationId = _correlationId,
        Clock = _clock,
    };
}
