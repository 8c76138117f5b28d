using WorkflowTalent.Web.Localization;

namespace WorkflowTalent.Web.Api;

/// <summary>
/// The service's messages carry both languages, Chinese first (“天数”为必填项。days is required.): the UI shows the
/// half of the reader's language.
/// </summary>
public static class BilingualText
{
    public static string InUiLanguage(string message) => Pick(message, UiCultures.IsEnglish);

    public static string Pick(string message, bool english)
    {
        ArgumentNullException.ThrowIfNull(message);
        for (var i = message.IndexOf('。', StringComparison.Ordinal); i >= 0; i = message.IndexOf('。', i + 1))
        {
            var rest = message[(i + 1)..].TrimStart();
            if (rest.Length > 0 && char.IsAsciiLetter(rest[0]))
                return english ? rest : message[..(i + 1)];
        }

        return message;
    }
}
