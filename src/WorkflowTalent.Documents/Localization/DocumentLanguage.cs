using System.Globalization;

namespace WorkflowTalent.Documents.Localization;

/// <summary>The language a document is written in; the forms are Chinese first, English is the variant.</summary>
public enum DocumentLanguage
{
    Chinese,
    English,
}

/// <summary>Maps a request culture onto a document language: any "en" culture gives English, everything else Chinese.</summary>
public static class DocumentLanguages
{
    public static DocumentLanguage FromCulture(CultureInfo? culture) =>
        culture is not null && culture.TwoLetterISOLanguageName == "en" ? DocumentLanguage.English : DocumentLanguage.Chinese;
}
