using System.Globalization;
using System.Text.Json.Nodes;
using WorkflowTalent.Web.Api;

namespace WorkflowTalent.Web.Components.Tasks;

/// <summary>What the official entered in a task's form, by field, turned into the data the complete request sends.</summary>
public sealed class FormValues
{
    private readonly Dictionary<string, string?> texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, decimal?> numbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTime?> dates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> checks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CaseFile> files = new(StringComparer.Ordinal);

    public string? Text(string name) => texts.GetValueOrDefault(name);

    public void SetText(string name, string? value) => texts[name] = value;

    public decimal? Number(string name) => numbers.GetValueOrDefault(name);

    public void SetNumber(string name, decimal? value) => numbers[name] = value;

    public DateTime? Date(string name) => dates.GetValueOrDefault(name);

    public void SetDate(string name, DateTime? value) => dates[name] = value;

    public bool Checked(string name) => checks.GetValueOrDefault(name);

    public void SetChecked(string name, bool value) => checks[name] = value;

    /// <summary>The file uploaded for a "file" field: the form sends its id, the page shows its name.</summary>
    public CaseFile? File(string name) => files.GetValueOrDefault(name);

    public void SetFile(string name, CaseFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        files[name] = file;
        texts[name] = file.Id;
    }

    /// <summary>The data for the service: empty fields are left out, so that the service reports a required one as missing.</summary>
    public JsonObject ToData(IEnumerable<FormField> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var data = new JsonObject();
        foreach (var field in fields)
        {
            JsonNode? value = field.Type switch
            {
                "number" => Number(field.Name) is { } n ? JsonValue.Create(n) : null,
                "date" => Date(field.Name) is { } d ? JsonValue.Create(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null,
                "checkbox" => JsonValue.Create(Checked(field.Name)),
                _ => Text(field.Name) is { Length: > 0 } t && !string.IsNullOrWhiteSpace(t) ? JsonValue.Create(t) : null,
            };
            if (value is not null)
                data[field.Name] = value;
        }

        return data;
    }
}
