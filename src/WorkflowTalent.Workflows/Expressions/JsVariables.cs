using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;

namespace WorkflowTalent.Workflows.Expressions;

/// <summary>
/// The script's view of the instance variables: the traps behind the <c>variables</c> object and what
/// <c>getVariable</c>/<c>setVariable</c> and the <c>getX</c>/<c>setX</c> pairs call. Writes go straight to
/// <see cref="ExpressionScope.Variables"/>, coerced to the declared type; objects and arrays a script read and
/// then changed in place (<c>variables.list.push(x)</c>) are written back when the evaluation succeeds.
/// No trap lets a change reach the proxy's empty target, so one proxy serves every evaluation.
/// </summary>
internal sealed class JsVariables(Engine engine) : ProxyHandler
{
    private readonly Dictionary<string, (JsValue Value, JsonNode? Stored)> _seen = new(StringComparer.Ordinal);
    private ExpressionScope? _scope;

    private ExpressionScope Scope => _scope ?? throw new InvalidOperationException("no evaluation is running");

    public void Begin(ExpressionScope scope) => _scope = scope;

    public void End()
    {
        _scope = null;
        _seen.Clear();
    }

    public JsValue Read(string name)
    {
        if (_seen.TryGetValue(name, out var seen))
            return seen.Value;
        if (!Scope.Variables.TryGetValue(name, out var stored))
            return JsValue.Undefined;
        var value = JsonToJs.Convert(engine, stored);
        _seen[name] = (value, stored);
        return value;
    }

    public void Write(string name, JsValue value)
    {
        var json = JsToJson.Convert(value);
        JsonNode? stored;
        try
        {
            stored = VariableCoercion.Coerce(TypeOf(name), json);
        }
        catch (FormatException ex)
        {
            throw JsFunction.TypeError(engine, $"variable '{name}': {ex.Message}");
        }

        Scope.Variables[name] = stored;
        // Uncoerced, the script keeps its own value (the same array, a Date stays a Date); coerced, it sees the stored one.
        _seen[name] = (ReferenceEquals(stored, json) ? value : JsonToJs.Convert(engine, stored), stored);
    }

    /// <summary>Writes back objects and arrays the script changed in place.</summary>
    public void Flush()
    {
        foreach (var (name, (value, stored)) in _seen)
        {
            if (value is not ObjectInstance || value is JsDate || value.IsCallable())
                continue;
            var current = JsToJson.Convert(value);
            if (!JsonNode.DeepEquals(current, stored))
                Scope.Variables[name] = VariableCoercion.Coerce(TypeOf(name), current);
        }
    }

    public override JsValue? Get(ObjectInstance target, JsValue property, JsValue receiver) =>
        property.IsString() && Exists(property.AsString()) ? Read(property.AsString()) : null;

    public override bool? Set(ObjectInstance target, JsValue property, JsValue value, JsValue receiver)
    {
        if (!property.IsString())
            return false;
        Write(property.AsString(), value);
        return true;
    }

    public override bool? Has(ObjectInstance target, JsValue property) =>
        property.IsString() && Exists(property.AsString()) ? true : null;

    public override bool? DeleteProperty(ObjectInstance target, JsValue property)
    {
        if (!property.IsString())
            return false;
        Scope.Variables.Remove(property.AsString());
        _seen.Remove(property.AsString());
        return true;
    }

    public override PropertyDescriptor? GetOwnPropertyDescriptor(ObjectInstance target, JsValue property) =>
        property.IsString() && Exists(property.AsString())
            ? new PropertyDescriptor(Read(property.AsString()), PropertyFlag.ConfigurableEnumerableWritable)
            : PropertyDescriptor.Undefined;

    public override IReadOnlyList<JsValue>? OwnKeys(ObjectInstance target) =>
        Scope.Variables.Keys.Select(key => (JsValue)JsString.Create(key)).ToList();

    public override bool? DefineProperty(ObjectInstance target, JsValue property, PropertyDescriptor descriptor)
    {
        if (!property.IsString() || !descriptor.IsDataDescriptor())
            return false;
        Write(property.AsString(), descriptor.Value ?? JsValue.Undefined);
        return true;
    }

    public override bool? PreventExtensions(ObjectInstance target) => false;

    public override bool? SetPrototypeOf(ObjectInstance target, JsValue prototype) => false;

    private bool Exists(string name) => Scope.Variables.ContainsKey(name);

    private string? TypeOf(string name) =>
        Scope.VariableTypes is { } types && types.TryGetValue(name, out var type) ? type : null;
}
