using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Localization;

namespace WorkflowTalent.Web.Localization;

/// <summary>The UI's languages: zh-CN unless the browser's culture cookie says English.</summary>
public static class UiCultures
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    internal static void Configure(RequestLocalizationOptions options)
    {
        CultureInfo[] supported = [new(Chinese), new(English)];
        options.DefaultRequestCulture = new RequestCulture(Chinese);
        options.SupportedCultures = supported;
        options.SupportedUICultures = supported;
        // Only the cookie decides, not the browser's Accept-Language: officials read Chinese unless they ask otherwise.
        options.RequestCultureProviders = [new CookieRequestCultureProvider()];
    }

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == English;

    /// <summary><c>GET /culture?name=en&amp;redirectUri=/inbox</c>: remembers the language for a year and goes back.</summary>
    internal static RedirectHttpResult Switch(string name, string? redirectUri, HttpContext context, TimeProvider clock)
    {
        var culture = name == English ? English : Chinese;
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = clock.GetUtcNow().AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
        return TypedResults.LocalRedirect(LocalPath(redirectUri));
    }

    /// <summary>A path on this site, or the inbox: a redirect never leaves the site.</summary>
    public static string LocalPath(string? uri) =>
        uri is { Length: > 0 } && uri[0] == '/' && !uri.StartsWith("//", StringComparison.Ordinal) && !uri.StartsWith("/\\", StringComparison.Ordinal)
            ? uri
            : "/inbox";
}
