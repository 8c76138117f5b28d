namespace WorkflowTalent.Workflows.Expressions;

/// <summary>
/// Fluid's parser recurses once per nested block or bracket and has no depth guard: a few hundred levels
/// overflow a thread's stack, which ends the process. Templates are checked for depth before Fluid sees them.
/// </summary>
internal static class LiquidNesting
{
    public const int MaxDepth = 64;

    private static readonly string[] BlockTags = ["if", "unless", "case", "for", "tablerow", "capture", "comment", "raw"];

    /// <summary>Null when the template nests within <see cref="MaxDepth"/>, else the message.</summary>
    public static string? Check(string template)
    {
        var blocks = 0;
        var position = 0;
        while ((position = template.IndexOf('{', position)) >= 0 && position + 1 < template.Length)
        {
            var kind = template[position + 1];
            if (kind is not ('%' or '{'))
            {
                position++;
                continue;
            }

            var end = template.IndexOf(kind == '%' ? "%}" : "}}", position + 2, StringComparison.Ordinal);
            if (end < 0)
                return null; // unterminated: the parser reports it
            var body = template.AsSpan(position + 2, end - position - 2);
            if (kind == '%')
                blocks += BlockChange(body);
            if (blocks > MaxDepth || BracketDepth(body) > MaxDepth)
                return $"Liquid template nests deeper than {MaxDepth} levels";
            position = end + 2;
        }

        return null;
    }

    private static int BlockChange(ReadOnlySpan<char> tag)
    {
        tag = tag.Trim().Trim('-').TrimStart();
        var length = 0;
        while (length < tag.Length && char.IsAsciiLetter(tag[length]))
            length++;
        var name = tag[..length];
        if (name.StartsWith("end", StringComparison.Ordinal))
            return -1;
        foreach (var block in BlockTags)
        {
            if (name.SequenceEqual(block))
                return 1;
        }

        return 0;
    }

    private static int BracketDepth(ReadOnlySpan<char> body)
    {
        int depth = 0, max = 0;
        foreach (var c in body)
        {
            if (c is '(' or '[')
                max = Math.Max(max, ++depth);
            else if (c is ')' or ']')
                depth--;
        }

        return max;
    }
}
