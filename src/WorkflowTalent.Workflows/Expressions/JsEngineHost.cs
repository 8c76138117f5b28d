using System.Globalization;
using System.Text.Json.Nodes;
using Jint;
using WorkflowTalent.Workflows.Time;

namespace WorkflowTalent.Workflows.Expressions;

/// <summary>
/// One sandboxed Jint engine, reused across evaluations: built-ins frozen, host globals installed, then a
/// snapshot of the globals that every evaluation returns to, so no <c>var</c>, global or lexical declaration
/// of one script is seen by the next. Not thread-safe; <see cref="JsEnginePool"/> hands it to one caller at a time.
/// </summary>
internal sealed class JsEngineHost : IDisposable
{
    private readonly Engine _engine;
    private readonly ScopedTimeSystem _time = new();
    private readonly JsWorkflowGlobals _globals;
    private readonly GlobalSnapshot _snapshot;

    public JsEngineHost(SandboxOptions sandbox)
    {
        _engine = new Engine(options =>
        {
            options.Strict = false;
            options.Culture = CultureInfo.InvariantCulture;
            options.TimeZone = ShanghaiTime.Zone;
            options.TimeSystem = _time;
            options.TimeoutInterval(sandbox.Timeout);
            options.RegexTimeoutInterval(sandbox.Timeout);
            options.LimitMemory(sandbox.MemoryLimitBytes);
            options.LimitRecursion(sandbox.RecursionLimit);
            if (sandbox.MaxStatements > 0)
                options.MaxStatements(sandbox.MaxStatements);
            // Deep recursion through `new`, getters or coercions is not counted by LimitRecursion; without the guard it would end the process.
            options.Constraints.StackOverflowGuard = true;
            options.DisableStringCompilation();
        });
        JsHardening.HardenIntrinsics(_engine);
        _globals = new JsWorkflowGlobals(_engine);
        JsDateFunctions.Install(_engine, _time);
        _snapshot = _engine.Advanced.CaptureGlobalSnapshot();
    }

    public JsonNode? Run(JavaScriptProgram program, ExpressionScope scope)
    {
        var completed = false;
        _time.Clock = scope.Clock;
        _engine.Constraints.Reset();
        try
        {
            _globals.Begin(scope, program);
            var result = JsToJson.Convert(_engine.Evaluate(program.Script));
            _globals.Commit();
            completed = true;
            return result;
        }
        finally
        {
            if (!completed)
                _engine.Advanced.ResetCallStack();
            _engine.Advanced.RestoreGlobalSnapshot(_snapshot);
            _globals.End();
            _time.Clock = TimeProvider.System;
        }
    }

    public void Dispose() => _engine.Dispose();
}
