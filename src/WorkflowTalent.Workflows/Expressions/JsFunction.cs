using Jint;
using Jint.Native;
using Jint.Native.Error;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;

namespace WorkflowTalent.Workflows.Expressions;

/// <summary>Small helpers for the host functions scripts call.</summary>
internal static class JsFunction
{
    /// <summary>Installs a global function; a lasting one is frozen so that a script cannot hang state on it for the next evaluation.</summary>
    public static void Define(Engine engine, string name, int length, Func<JsValue, JsValue[], JsValue> body, bool frozen = true)
    {
        var function = new ClrFunction(engine, name, body, length, PropertyFlag.Configurable);
        if (frozen)
            JsHardening.Freeze(engine, function);
        engine.SetValue(name, function);
    }

    public static JsValue Arg(JsValue[] args, int index) => index < args.Length ? args[index] : JsValue.Undefined;

    public static string NameArg(Engine engine, JsValue[] args, string function)
    {
        var name = Arg(args, 0);
        return name.IsString() ? name.AsString() : throw TypeError(engine, $"{function}(name) needs a variable name as a string");
    }

    public static JavaScriptException TypeError(Engine engine, string message) => new(engine.Intrinsics.TypeError, message);

    public static JavaScriptException RangeError(Engine engine, string message) =>
        engine.Global.Get("RangeError") is ErrorConstructor rangeError ? new(rangeError, message) : TypeError(engine, message);
}
