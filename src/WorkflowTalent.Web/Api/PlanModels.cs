using System.Globalization;
using System.Text.Json.Nodes;

namespace WorkflowTalent.Web.Api;

// What the quotas and documents pages read from /api/plan (WorkflowTalent.Server.Plan), field for field; the settings
// stay a JSON object because the UI edits only their quota part and must not drop what it does not show.

public sealed record PlanSettingsView(JsonObject Settings, int Revision, DateTimeOffset UpdatedAt, string UpdatedBy);

public sealed record BatchRow(int Year, string State, string StateZh, int TotalPlaces, IReadOnlyList<string> NextStates);

public sealed record AllocationVersionRow(int Version, bool IsCurrent, int TotalPlaces, DateTimeOffset CreatedAt, string CreatedBy);

public sealed record AllocationView(
    int BatchYear, int Version, bool IsCurrent, int TotalPlaces, IReadOnlyList<AllocationLine> Lines, DateTimeOffset CreatedAt, string CreatedBy);

/// <summary>A county's places with every component (R3.4 base, ethnic and remote tilts; R15.2 penalty) and its explanation.</summary>
public sealed record AllocationLine(
    string County, bool IsEthnicAutonomous, decimal BaseWeight, decimal RemoteFigure, int CancelledLastYear,
    decimal Base, decimal EthnicTilt, decimal RemoteTilt, decimal CancellationPenalty, decimal Redistributed, decimal Exact, int Places,
    string ExplanationZh, string ExplanationEn);

public sealed record PlanReference(IReadOnlyList<CountyRow> Counties, IReadOnlyList<FieldRow> Fields, IReadOnlyList<ReceivingUnitRow> ReceivingUnits);

public sealed record CountyRow(string Name, string EnglishName, bool IsEthnicAutonomous, int RemoteTownshipCount);

public sealed record FieldRow(string Code, string NameZh, string NameEn, IReadOnlyList<CompetentDepartmentRow> CompetentDepartments);

public sealed record CompetentDepartmentRow(string Name, string EnglishName);

public sealed record ReceivingUnitRow(string Name, string Field, string CompetentDepartment);

/// <summary>
/// The quota settings (R3.1 places; R3.4 ethnic and remote tilt shares, per-county base weights and remote figures;
/// R15.2 places per cancelled trainee) as the quotas page edits them. Numbers stay text while typed, so the service,
/// not the browser, says what is wrong with them.
/// </summary>
public sealed class QuotaSettingsDraft
{
    public string TotalPlaces { get; set; } = "";
    public string EthnicTiltShare { get; set; } = "";
    public string RemoteTiltShare { get; set; } = "";
    public string PlacesPerCancelledTrainee { get; set; } = "";
    public Dictionary<string, string> BaseWeights { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> RemoteFigures { get; } = new(StringComparer.Ordinal);

    public static QuotaSettingsDraft From(JsonObject settings, IEnumerable<CountyRow> counties)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(counties);
        var quota = settings["quota"] as JsonObject ?? [];
        var draft = new QuotaSettingsDraft
        {
            TotalPlaces = Text(settings["totalPlaces"]),
            EthnicTiltShare = Text(quota["ethnicTiltShare"]),
            RemoteTiltShare = Text(quota["remoteTiltShare"]),
            PlacesPerCancelledTrainee = Text(quota["placesPerCancelledTrainee"]),
        };
        foreach (var county in counties)
        {
            // A county not listed weighs 1 and counts its remote townships (QuotaWeights): shown as such, saved only when set.
            draft.BaseWeights[county.Name] = (quota["baseWeights"] as JsonObject)?[county.Name] is { } weight ? Text(weight) : "1";
            draft.RemoteFigures[county.Name] = (quota["remoteFigures"] as JsonObject)?[county.Name] is { } figure ? Text(figure) : "";
        }

        return draft;
    }

    /// <summary>The PUT body: the numbers as typed (a text that is no number goes as text, for the service to refuse).</summary>
    public JsonObject ToChanges(int revision)
    {
        var baseWeights = new JsonObject();
        foreach (var (county, weight) in BaseWeights)
            baseWeights[county] = Number(weight);
        var remoteFigures = new JsonObject();
        foreach (var (county, figure) in RemoteFigures.Where(f => !string.IsNullOrWhiteSpace(f.Value)))
            remoteFigures[county] = Number(figure);
        return new JsonObject
        {
            ["revision"] = revision,
            ["totalPlaces"] = Number(TotalPlaces),
            ["quota"] = new JsonObject
            {
                ["ethnicTiltShare"] = Number(EthnicTiltShare),
                ["remoteTiltShare"] = Number(RemoteTiltShare),
                ["placesPerCancelledTrainee"] = Number(PlacesPerCancelledTrainee),
                ["baseWeights"] = baseWeights,
                ["remoteFigures"] = remoteFigures,
            },
        };
    }

    private static JsonValue Number(string text) =>
        decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? JsonValue.Create(value) : JsonValue.Create(text);

    private static string Text(JsonNode? node) => node?.ToJsonString() is { } json ? json.Trim('"') : "";
}
