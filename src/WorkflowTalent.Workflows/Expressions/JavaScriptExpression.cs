using System.Text.Json.Nodes;
using Jint.Runtime;

namespace WorkflowTalent.Workflows.Expressions;

/// <summary>A prepared JavaScript expression, run on a pooled sandboxed engine.</summary>
internal sealed class JavaScriptExpression(JavaScriptProgram program, JsEnginePool engines, SandboxOptions sandbox) : IPreparedExpression
{
    public JsonNode? Evaluate(ExpressionScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        JsEngineHost? host = null;
        var reusable = false;
        try
        {
            host = engines.Rent();
            var result = host.Run(program, scope);
            reusable = true;
            return result;
        }
        catch (ExpressionException)
        {
            reusable = true;
            throw;
        }
        catch (Exception ex)
        {
            // A script's own error leaves the engine sound; a sandbox limit or anything unexpected retires it.
            reusable = ex is JavaScriptException;
            throw JavaScriptErrors.From(ex, sandbox);
        }
        finally
        {
            if (host is not null)
                engines.Return(host, reusable);
        }
    }
}
