using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using WorkflowTalent.Plan.Settings;
using WorkflowTalent.Server.Identity;

namespace WorkflowTalent.Server.Plan;

/// <summary>
/// <c>/api/plan/settings</c>: the facts the rules leave open (rules.md), visible to every official and edited by
/// administrators; every save is kept in the history with who made it and when.
/// </summary>
internal static class SettingsEndpoints
{
    private const string RevisionProperty = "revision";

    public static RouteGroupBuilder MapSettingsEndpoints(this RouteGroupBuilder plan)
    {
        plan.MapGet("/settings", async (PlanSettingsStore store, CancellationToken cancellationToken) =>
                TypedResults.Json(await store.CurrentAsync(cancellationToken), PlanJson.Options))
            .WithSummary("The settings in force with their revision, who saved them and when.");
        plan.MapGet("/settings/history", async (PlanSettingsStore store, CancellationToken cancellationToken) =>
                TypedResults.Json(await store.HistoryAsync(cancellationToken), PlanJson.Options))
            .WithSummary("Every saved revision of the settings, newest first.");
        plan.MapPut("/settings", SaveAsync)
            .RequireAuthorization(IdentityModule.AdministratorsOnly)
            .Accepts<PlanSettings>("application/json")
            .WithSummary("Changes the settings named in the body (the others keep their values; quota weights likewise). " +
                         "An optional revision refuses the save with 409 if someone saved since. Every problem is a 422 naming the setting.");
        return plan;
    }

    private static async Task<Results<JsonHttpResult<PlanSettingsView>, ProblemHttpResult>> SaveAsync(
        HttpRequest request, ClaimsPrincipal user, PlanSettingsStore store, PlanReference reference, CancellationToken cancellationToken)
    {
        var current = await store.CurrentAsync(cancellationToken);
        JsonObject changes;
        try
        {
            changes = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken) as JsonObject
                ?? throw new JsonException("The body is not a JSON object.");
        }
        catch (JsonException e)
        {
            return PlanProblems.Invalid("The settings are not valid", [new("$", e.Message)]);
        }

        var expected = current.Revision;
        if (Take(changes, RevisionProperty) is { } revision)
        {
            if (revision.GetValueKind() != JsonValueKind.Number || !revision.AsValue().TryGetValue(out expected))
                return PlanProblems.Invalid("The settings are not valid", [new(RevisionProperty, "修订号须为整数", "is an integer")]);
            if (expected != current.Revision)
                return Stale(current);
        }

        var merged = (JsonObject)JsonSerializer.SerializeToNode(current.Settings, PlanJson.Options)!;
        Merge(merged, changes);
        PlanSettings settings;
        try
        {
            settings = merged.Deserialize<PlanSettings>(PlanJson.Options)!;
        }
        catch (JsonException e)
        {
            return PlanProblems.Invalid("The settings are not valid", [new(SettingName(e.Path), e.Message)]);
        }

        if (settings.Validate() is { Count: > 0 } refusals)
            return PlanProblems.Refused("The settings are not valid", refusals);
        if (QuotaSettingsRules.Check(settings, await reference.CountiesAsync(cancellationToken)) is { Count: > 0 } problems)
            return PlanProblems.Invalid("The settings are not valid", problems);

        var saved = await store.SaveAsync(settings, expected, Caller.From(user).UserName, cancellationToken);
        return saved is null ? Stale(await store.CurrentAsync(cancellationToken)) : TypedResults.Json(saved, PlanJson.Options);
    }

    /// <summary>A JSON path as <see cref="PlanSettings.Validate"/> names settings: <c>$.quota.ethnicTiltShare</c> is <c>Quota.EthnicTiltShare</c>.</summary>
    private static string SettingName(string? path) =>
        path is { Length: > 2 } && path.StartsWith("$.", StringComparison.Ordinal)
            ? string.Join('.', path[2..].Split('.').Select(part => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]))
            : path ?? "$";

    private static ProblemHttpResult Stale(PlanSettingsView current) =>
        PlanProblems.Conflict(
            $"设置已被 {current.UpdatedBy} 修改（修订号 {current.Revision}），请刷新后重试。The settings were changed by {current.UpdatedBy} (revision {current.Revision}); reload them and try again.",
            new Dictionary<string, object?> { [RevisionProperty] = current.Revision });

    /// <summary>The body's values over the current ones, property by property; an object (the quota weights) merges one level down.</summary>
    private static void Merge(JsonObject target, JsonObject changes)
    {
        foreach (var (name, value) in changes.ToList())
        {
            var key = target.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase)) ?? name;
            changes.Remove(name);
            if (value is JsonObject inner && target[key] is JsonObject existing && key == "quota")
                Merge(existing, inner);
            else
                target[key] = value;
        }
    }

    private static JsonNode? Take(JsonObject body, string name)
    {
        var key = body.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
        if (key is null)
            return null;
        var value = body[key];
        body.Remove(key);
        return value;
    }
}
