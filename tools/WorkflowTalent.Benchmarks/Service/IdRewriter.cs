namespace WorkflowTalent.Benchmarks.Service;

/// <summary>
/// Turns captured rows into new ones: every id the capture holds (instance, bookmarks, mails) is replaced, wherever it
/// occurs in a text column (keys, foreign keys, the instance's state JSON), by a fresh id of the same length, so the
/// copies are as large as the original and collide with nothing.
/// </summary>
internal sealed class IdRewriter
{
    // Longest first: a bookmark id may contain the instance id.
    private readonly string[] _ids;

    public IdRewriter(IEnumerable<string> ids) =>
        _ids = [.. ids.Distinct(StringComparer.Ordinal).OrderByDescending(id => id.Length)];

    /// <summary>Fresh ids for one copy, in the order <see cref="Rewrite"/> takes them.</summary>
    public string[] NewIds() => [.. _ids.Select(NewIdLike)];

    public object? Rewrite(object? value, string[] newIds)
    {
        ArgumentNullException.ThrowIfNull(newIds);
        if (value is not string text)
            return value;
        for (var i = 0; i < _ids.Length; i++)
        {
            if (text.Contains(_ids[i], StringComparison.Ordinal))
                text = text.Replace(_ids[i], newIds[i], StringComparison.Ordinal);
        }

        return text;
    }

    private static string NewIdLike(string old)
    {
        if (old.Length == 36 && Guid.TryParseExact(old, "D", out _))
            return Guid.CreateVersion7().ToString("D");
        var id = string.Concat(Guid.CreateVersion7().ToString("N"), Guid.NewGuid().ToString("N"));
        while (id.Length < old.Length)
            id += Guid.NewGuid().ToString("N");
        return id[..old.Length];
    }
}
