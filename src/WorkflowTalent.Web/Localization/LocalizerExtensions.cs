using Microsoft.Extensions.Localization;

namespace WorkflowTalent.Web.Localization;

public static class LocalizerExtensions
{
    /// <summary>
    /// The text for a name the service sends (a role, an outcome, a status: <c>Outcome.Approve</c>), or the name
    /// itself when the UI has no text for it yet: a definition may name outcomes the UI has never seen.
    /// </summary>
    public static string Named(this IStringLocalizer localizer, string kind, string name)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        var text = localizer[$"{kind}.{name}"];
        return text.ResourceNotFound ? name : text.Value;
    }
}
