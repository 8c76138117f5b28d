using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;

namespace WorkflowTalent.Workflows.Expressions;

/// <summary>
/// Freezes the built-ins of a pooled engine. Restoring the global snapshot reverts globals a script adds or
/// replaces, but not changes to built-in objects (<c>Array.prototype.includes = () =&gt; true</c>), which would
/// otherwise reach the next workflow's conditions on the same engine.
/// </summary>
internal static class JsHardening
{
    // Freezing a prototype makes an inherited read-only property block assignment on every object below it
    // (`o.toString = f` silently fails). These common ones become accessors that define the property on the
    // assigned object instead, as SES does.
    private static readonly string[] ObjectOverrides = ["constructor", "toString", "valueOf", "toLocaleString", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable"];
    private static readonly string[] ErrorOverrides = ["name", "message"];
    private static readonly string[] ErrorTypes = ["Error", "EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError", "AggregateError"];

    public static void HardenIntrinsics(Engine engine)
    {
        var objectPrototype = engine.Intrinsics.Object.PrototypeObject;
        foreach (var key in ObjectOverrides)
            AllowOverride(engine, objectPrototype, key);
        foreach (var type in ErrorTypes)
        {
            if (engine.Global.Get(type).Get("prototype") is ObjectInstance prototype)
            {
                foreach (var key in ErrorOverrides)
                    AllowOverride(engine, prototype, key);
            }
        }

        var seen = new HashSet<ObjectInstance>(ReferenceEqualityComparer.Instance);
        var pending = new Queue<ObjectInstance>();
        void Visit(JsValue value)
        {
            if (value is ObjectInstance obj && !ReferenceEquals(obj, engine.Global) && seen.Add(obj))
                pending.Enqueue(obj);
        }

        VisitProperties(engine.Global, Visit);
        Visit(engine.Global.Prototype ?? JsValue.Undefined);
        while (pending.TryDequeue(out var obj))
        {
            Freeze(engine, obj);
            VisitProperties(obj, Visit);
            Visit(obj.Prototype ?? JsValue.Undefined);
        }
    }

    public static void Freeze(Engine engine, ObjectInstance obj) =>
        engine.Call(engine.Intrinsics.Object.Get("freeze"), JsValue.Undefined, [obj]);

    private static void VisitProperties(ObjectInstance obj, Action<JsValue> visit)
    {
        foreach (var key in obj.GetOwnPropertyKeys(Types.String | Types.Symbol))
        {
            var descriptor = obj.GetOwnProperty(key);
            if (descriptor.IsAccessorDescriptor())
            {
                visit(descriptor.Get ?? JsValue.Undefined);
                visit(descriptor.Set ?? JsValue.Undefined);
            }
            else
            {
                visit(descriptor.Value ?? JsValue.Undefined);
            }
        }
    }

    private static void AllowOverride(Engine engine, ObjectInstance prototype, string key)
    {
        var descriptor = prototype.GetOwnProperty(key);
        if (!descriptor.IsDataDescriptor())
            return;
        var value = descriptor.Value;
        var getter = new ClrFunction(engine, key, (_, _) => value, 0, PropertyFlag.Configurable);
        var setter = new ClrFunction(engine, key, (self, args) =>
        {
            if (ReferenceEquals(self, prototype))
                throw JsFunction.TypeError(engine, $"Cannot assign to read only property '{key}' of a built-in prototype");
            if (self is ObjectInstance target)
                target.DefineOwnProperty(key, new PropertyDescriptor(JsFunction.Arg(args, 0), PropertyFlag.ConfigurableEnumerableWritable));
            return JsValue.Undefined;
        }, 1, PropertyFlag.Configurable);
        prototype.DefineOwnProperty(key, new GetSetPropertyDescriptor(getter, setter, descriptor.Enumerable, configurable: false));
    }
}
