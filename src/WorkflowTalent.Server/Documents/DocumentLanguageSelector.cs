using System.Globalization;
using WorkflowTalent.Documents.Localization;

namespace WorkflowTalent.Server.Documents;

/// <summary>The documents are Chinese unless the request asks for English: <c>?lang=en</c> first, then Accept-Language.</summary>
internal static class DocumentLanguageSelector
{
    public static DocumentLanguage For(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Query.TryGetValue("lang", out var lang) && !string.IsNullOrWhiteSpace(lang))
            return FromTag(lang.ToString());
        // The most preferred language; among equals, the one named first.
        var preferred = request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1).FirstOrDefault();
        return preferred is null ? DocumentLanguage.Chinese : FromTag(preferred.Value.Value);
    }

    private static DocumentLanguage FromTag(string? tag)
    {
        try
        {
            return DocumentLanguages.FromCulture(string.IsNullOrWhiteSpace(tag) ? null : CultureInfo.GetCultureInfo(tag.Trim()));
        }
        catch (CultureNotFoundException)
        {
            // "*" or a tag no culture has: the default.
            return DocumentLanguage.Chinese;
        }
    }
}
