using WorkflowTalent.Documents.Layout;
using WorkflowTalent.Documents.Localization;

namespace WorkflowTalent.Documents.FormParts;

/// <summary>An opinion box's text: the opinion, then the signature/seal line and the date, blank when not yet signed.</summary>
internal static class OpinionText
{
    private static readonly Text SignatureAndSeal = new("签字（盖章）：", "Signature (seal): ");

    public static string Of(Opinion? opinion, DocumentLanguage language, params string[] leadingLines)
    {
        var lines = new List<string>(leadingLines);
        if (!string.IsNullOrWhiteSpace(opinion?.Text))
        {
            lines.Add(opinion.Text);
        }

        lines.Add(string.Empty);
        lines.Add(SignatureAndSeal.In(language) + (opinion?.Signatory ?? string.Empty) + "    " + FormDates.SignedOn(opinion?.SignedOn, language));
        return string.Join('\n', lines);
    }
}
