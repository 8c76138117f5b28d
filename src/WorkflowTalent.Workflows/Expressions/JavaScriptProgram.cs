using Acornima;
using Acornima.Ast;
using Jint;

namespace WorkflowTalent.Workflows.Expressions;

/// <summary>
/// A script parsed once (Jint's <see cref="Prepared{T}"/> is immutable and shared by every engine), with the
/// per-instance globals it reads, so an evaluation builds only those.
/// </summary>
internal sealed class JavaScriptProgram
{
    private static readonly ScriptPreparationOptions PreparationOptions = new()
    {
        // Elsa scripts may end in `return x;` at the top level.
        ParsingOptions = new ScriptParsingOptions { AllowReturnOutsideFunction = true },
        CollectReferencedGlobals = true,
    };

    private JavaScriptProgram(Prepared<Script> script, bool readsAnyGlobal, IReadOnlyList<string> referencedNames)
    {
        Script = script;
        ReadsAnyGlobal = readsAnyGlobal;
        ReferencedNames = referencedNames;
    }

    public Prepared<Script> Script { get; }

    /// <summary>True when the script can reach globals by a computed name (<c>globalThis[...]</c>, <c>this</c>), so every global is installed.</summary>
    public bool ReadsAnyGlobal { get; }

    /// <summary>Free identifiers of the script: the candidates for per-instance globals.</summary>
    public IReadOnlyList<string> ReferencedNames { get; }

    public static JavaScriptProgram Prepare(string source)
    {
        Prepared<Script> script;
        try
        {
            script = Engine.PrepareScript(source, options: PreparationOptions);
        }
        catch (Exception ex) when (ex is ScriptPreparationException or ParseErrorException)
        {
            throw new ExpressionException(SyntaxMessage(ex), ex);
        }

        var referenced = script.ReferencedGlobals;
        var names = referenced is null ? [] : referenced.ToArray();
        var readsAny = referenced is null
            || referenced.HasDirectEvalCall
            || referenced.Contains("globalThis")
            || source.Contains("this", StringComparison.Ordinal);
        return new JavaScriptProgram(script, readsAny, names);
    }

    public static string? CheckSyntax(string source)
    {
        try
        {
            _ = Prepare(source);
            return null;
        }
        catch (ExpressionException ex)
        {
            return ex.Message;
        }
    }

    private static string SyntaxMessage(Exception ex) => (ex as ParseErrorException ?? ex.InnerException) switch
    {
        // Acornima counts columns from 0; people count from 1.
        ParseErrorException parse => $"JavaScript syntax error at line {parse.LineNumber}, column {parse.Column + 1}: {parse.Description}",
        // Jint's own refusals (a script nested too deeply) carry no position.
        _ => $"JavaScript syntax error: {ex.Message.Replace("Could not prepare script: ", "", StringComparison.Ordinal)}",
    };
}
