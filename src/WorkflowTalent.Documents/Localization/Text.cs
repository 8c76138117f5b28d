namespace WorkflowTalent.Documents.Localization;

/// <summary>One piece of form text in both languages.</summary>
internal readonly record struct Text(string Zh, string En)
{
    public string In(DocumentLanguage language) => language == DocumentLanguage.English ? En : Zh;

    /// <summary>
    /// Whether a typed value means this text, in either language. Spacing is forgiven: people wrap headers such as
    /// 是否\n党员 inside a cell, or pad them.
    /// </summary>
    public bool Matches(string value)
    {
        var words = value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Equals(string.Concat(words), Zh, StringComparison.Ordinal)
            || string.Equals(string.Join(' ', words), En, StringComparison.OrdinalIgnoreCase);
    }
}
