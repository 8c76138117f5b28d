using System.Globalization;
using System.Text.RegularExpressions;
using Jint;
using Jint.Native;
using Jint.Runtime;

namespace WorkflowTalent.Workflows.Expressions;

/// <summary>Says in plain words why a script failed: its own error, or which sandbox limit it hit.</summary>
internal static class JavaScriptErrors
{
    public static ExpressionException From(Exception exception, SandboxOptions sandbox) => exception switch
    {
        JavaScriptException js => new ExpressionException(ScriptError(js), js),
        TimeoutException or RegexMatchTimeoutException => new ExpressionException($"JavaScript timed out after {Duration(sandbox.Timeout)}", exception),
        MemoryLimitExceededException => new ExpressionException($"JavaScript used more than {Bytes(sandbox.MemoryLimitBytes)}", exception),
        RecursionDepthOverflowException => new ExpressionException($"JavaScript recursion deeper than {sandbox.RecursionLimit.ToString(CultureInfo.InvariantCulture)}", exception),
        StatementsCountOverflowException => new ExpressionException($"JavaScript ran more than {sandbox.MaxStatements.ToString("N0", CultureInfo.InvariantCulture)} statements", exception),
        ExecutionCanceledException => new ExpressionException("JavaScript was cancelled", exception),
        _ => new ExpressionException($"JavaScript failed: {exception.Message}", exception),
    };

    private static string ScriptError(JavaScriptException exception)
    {
        var error = exception.Error;
        var text = error.IsObject() && error.AsObject().Get("name") is { } name && name.IsString()
            ? $"{name.AsString()}: {exception.Message}"
            : $"JavaScript threw {Describe(error)}";
        var start = exception.Location.Start;
        return start.Line > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{text} (line {start.Line}, column {start.Column + 1})")
            : text;
    }

    private static string Describe(JsValue value) => value.IsString() ? $"'{value.AsString()}'" : value.ToString();

    private static string Duration(TimeSpan timeout) =>
        timeout.TotalMilliseconds % 1000 == 0
            ? $"{timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s"
            : $"{timeout.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)} ms";

    private static string Bytes(long bytes) =>
        bytes % (1024 * 1024) == 0
            ? $"{(bytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture)} MB"
            : $"{(bytes / 1024).ToString(CultureInfo.InvariantCulture)} KB";
}
