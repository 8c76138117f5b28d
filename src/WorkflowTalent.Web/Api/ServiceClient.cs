using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Components.Authorization;

namespace WorkflowTalent.Web.Api;

/// <summary>
/// The HTTP plumbing of every UI client of the service's own API: each call carries a bearer token of the circuit's
/// signed-in user, so who sees what and what a command accepts stay the API's decisions (Access, validators, the
/// engine). Feature clients (<see cref="WorkflowApi"/> and the others in this folder) are written on top of it.
/// </summary>
public sealed class ServiceClient(HttpClient http, SelfAddress self, CallerTokens tokens, AuthenticationStateProvider authentication)
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    /// <summary>The answer as <typeparamref name="T"/>; null for 404 (not there, or not the caller's to see).</summary>
    public async Task<T?> GetAsync<T>(string path, CancellationToken cancellationToken = default)
        where T : class
    {
        using var request = await RequestAsync(HttpMethod.Get, path);
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
            return null;
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken);
    }

    /// <summary>The answer's text exactly as sent (a definition's JSON); null for 404.</summary>
    public async Task<string?> GetTextAsync(string path, CancellationToken cancellationToken = default)
    {
        using var request = await RequestAsync(HttpMethod.Get, path);
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
            return null;
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync(cancellationToken);
    }

    /// <summary>Sends a command; null when the service accepted it, else why it refused.</summary>
    public async Task<Refusal?> SendAsync(HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken = default)
    {
        using var request = await RequestAsync(method, path);
        request.Content = content;
        using var response = await http.SendAsync(request, cancellationToken);
        return response.IsSuccessStatusCode ? null : await RefusalAsync(response, cancellationToken);
    }

    /// <summary>Sends a command and reads its answer: the value when accepted, else why the service refused.</summary>
    public async Task<Answer<T>> SendAsync<T>(HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken = default)
    {
        using var request = await RequestAsync(method, path);
        request.Content = content;
        using var response = await http.SendAsync(request, cancellationToken);
        return response.IsSuccessStatusCode
            ? new Answer<T>(await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken), null)
            : new Answer<T>(default, await RefusalAsync(response, cancellationToken));
    }

    /// <summary>A JSON body written as the API reads it (camelCase).</summary>
    public static JsonContent Body<T>(T value) => JsonContent.Create(value, options: Json);

    /// <summary>A path with its segments escaped: <c>Path("api/tasks/{0}/claim", id)</c>.</summary>
    public static string Path(string format, params object[] segments) =>
        string.Format(CultureInfo.InvariantCulture, format, [.. segments.Select(s => Uri.EscapeDataString(Convert.ToString(s, CultureInfo.InvariantCulture) ?? ""))]);

    private async Task<HttpRequestMessage> RequestAsync(HttpMethod method, string path)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        var request = new HttpRequestMessage(method, new Uri(self.Value, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.For(state.User));
        return request;
    }

    // Problems are RFC 7807: the message in detail; for a form's data the message is the title and a "problems"
    // list holds { path, message } per field (ValidationProblems.Unprocessable).
    private static async Task<Refusal> RefusalAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        JsonObject? body = null;
        if (response.Content.Headers.ContentLength is not 0)
        {
            try
            {
                body = await response.Content.ReadFromJsonAsync<JsonObject>(Json, cancellationToken);
            }
            catch (JsonException)
            {
                // not a problem document (a proxy's page): the status line says what there is to say
            }
        }
        List<FieldProblem> fields = body?["problems"] is JsonArray problems
            ? [.. problems.OfType<JsonObject>().Select(p => new FieldProblem(Text(p["path"]) ?? "", Localized(p, "message") ?? ""))]
            : [];
        var message = (fields.Count > 0 ? Text(body?["title"]) : Text(body?["detail"]) ?? Text(body?["title"]))
            ?? response.ReasonPhrase ?? response.StatusCode.ToString();
        return new Refusal((int)response.StatusCode, message, fields);
    }

    // The plan's and the applications' problems carry an English text beside the Chinese one (messageEn).
    private static string? Localized(JsonObject problem, string name) =>
        (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? Text(problem[name + "En"]) : null) ?? Text(problem[name]);

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}

/// <summary>A command's answer: <see cref="Value"/> when the service accepted it, else <see cref="Refused"/>.</summary>
public sealed record Answer<T>(T? Value, Refusal? Refused);
