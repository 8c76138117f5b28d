namespace WorkflowTalent.Workflows.Definitions;

/// <summary>
/// Reads an enumeration by its exact name only. <c>Enum.TryParse</c> also takes numbers ("7") and
/// comma lists ("Literal, JavaScript"), which a definition must never mean.
/// </summary>
public static class EnumNames
{
    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        return text is not null && Array.IndexOf(Enum.GetNames<T>(), text) >= 0 && Enum.TryParse(text, ignoreCase: false, out value);
    }
}
