using System.Collections.Frozen;
using Jint;
using Jint.Native;
using Jint.Runtime.Descriptors;

namespace WorkflowTalent.Workflows.Expressions;

/// <summary>
/// The instance as scripts see it (FORMAT.md "Expressions"). The helper functions and the <c>variables</c>
/// proxy are installed once per engine and read the running evaluation's scope; <c>input</c>,
/// <c>workflow</c>, <c>lastResult</c> and the <c>getX</c>/<c>setX</c> pairs are installed per evaluation, and
/// only when the script names them, since most conditions read one variable.
/// </summary>
internal sealed class JsWorkflowGlobals
{
    private static readonly FrozenSet<string> HelperNames = FrozenSet.Create(StringComparer.Ordinal,
        "getVariable", "setVariable", "getInput", "getWorkflowInstanceId", "getCorrelationId");

    private static readonly JsObjectLayout WorkflowLayout = new(["id", "definitionId", "version", "correlationId"]);

    private readonly Engine _engine;
    private readonly JsVariables _variables;
    private ExpressionScope? _scope;

    public JsWorkflowGlobals(Engine engine)
    {
        _engine = engine;
        _variables = new JsVariables(engine);
        JsFunction.Define(engine, "getVariable", 1, (_, args) => _variables.Read(JsFunction.NameArg(engine, args, "getVariable")));
        JsFunction.Define(engine, "setVariable", 2, (_, args) =>
        {
            _variables.Write(JsFunction.NameArg(engine, args, "setVariable"), JsFunction.Arg(args, 1));
            return JsValue.Undefined;
        });
        JsFunction.Define(engine, "getInput", 1, (_, args) =>
            Scope.Input.TryGetPropertyValue(JsFunction.NameArg(engine, args, "getInput"), out var value) ? JsonToJs.Convert(engine, value) : JsValue.Undefined);
        JsFunction.Define(engine, "getWorkflowInstanceId", 0, (_, _) => JsString.Create(Scope.InstanceId));
        JsFunction.Define(engine, "getCorrelationId", 0, (_, _) => Scope.CorrelationId is { } id ? JsString.Create(id) : JsValue.Null);
        engine.SetValue("variables", engine.Advanced.CreateProxy(new JsObject(engine), _variables));
    }

    private ExpressionScope Scope => _scope ?? throw new InvalidOperationException("no evaluation is running");

    public void Begin(ExpressionScope scope, JavaScriptProgram program)
    {
        _scope = scope;
        _variables.Begin(scope);
        if (program.ReadsAnyGlobal)
        {
            InstallLazy("input");
            InstallLazy("workflow");
            InstallLazy("lastResult");
            foreach (var variable in scope.DeclaredVariables)
                InstallAccessors(variable);
            return;
        }

        foreach (var name in program.ReferencedNames)
        {
            if (name is "input" or "workflow" or "lastResult")
                InstallLazy(name);
            else if (name.Length > 3 && (name.StartsWith("get", StringComparison.Ordinal) || name.StartsWith("set", StringComparison.Ordinal)) && !HelperNames.Contains(name))
                InstallAccessor(name);
        }
    }

    /// <summary>Ends a successful evaluation: objects the script changed in place are written back.</summary>
    public void Commit() => _variables.Flush();

    public void End()
    {
        _scope = null;
        _variables.End();
    }

    private void InstallLazy(string name) =>
        _engine.Advanced.AddLazyGlobal(name, (Globals: this, Name: name), static (engine, state) => state.Globals.Create(engine, state.Name), PropertyFlag.ConfigurableEnumerableWritable);

    private JsValue Create(Engine engine, string name) => name switch
    {
        "input" => JsonToJs.Convert(engine, Scope.Input),
        "lastResult" => JsonToJs.Convert(engine, Scope.LastResult),
        _ => JsObject.Create(engine, WorkflowLayout, [
            JsString.Create(Scope.InstanceId),
            JsString.Create(Scope.DefinitionId),
            JsNumber.Create(Scope.Version),
            Scope.CorrelationId is { } id ? JsString.Create(id) : JsValue.Null,
        ]),
    };

    // Elsa names the pair after the variable (getCounter for Counter); a camelCase variable also answers to getCounter.
    private void InstallAccessor(string functionName)
    {
        var suffix = functionName[3..];
        foreach (var variable in Scope.DeclaredVariables)
        {
            if (variable == suffix || Capitalized(variable) == suffix)
            {
                DefineAccessor(functionName, variable);
                return;
            }
        }
    }

    private void InstallAccessors(string variable)
    {
        foreach (var name in new[] { variable, Capitalized(variable) }.Distinct(StringComparer.Ordinal))
        {
            DefineAccessor("get" + name, variable);
            DefineAccessor("set" + name, variable);
        }
    }

    // Per-evaluation functions are dropped by the snapshot restore, so they need no freezing.
    private void DefineAccessor(string functionName, string variable)
    {
        if (HelperNames.Contains(functionName))
            return;
        if (functionName.StartsWith("get", StringComparison.Ordinal))
        {
            JsFunction.Define(_engine, functionName, 0, (_, _) => _variables.Read(variable), frozen: false);
        }
        else
        {
            JsFunction.Define(_engine, functionName, 1, (_, args) =>
            {
                _variables.Write(variable, JsFunction.Arg(args, 0));
                return JsValue.Undefined;
            }, frozen: false);
        }
    }

    private static string Capitalized(string name) =>
        name.Length == 0 || char.IsUpper(name[0]) ? name : string.Concat(char.ToUpperInvariant(name[0]).ToString(), name.AsSpan(1));
}
