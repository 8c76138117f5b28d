using System.Net;
using System.Text;
using WorkflowTalent.Documents.Localization;

namespace WorkflowTalent.Documents.AssessmentForm;

/// <summary>
/// R14.1–R14.3: the 考核登记表 as a complete HTML page for the browser's print dialog (A4). Every piece of data is
/// HTML-encoded: names and summaries are typed by users.
/// </summary>
public static class AssessmentFormHtml
{
    private const string Style = """
        @page { size: A4 portrait; margin: 15mm; }
        body { font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", serif; font-size: 11pt; margin: 0; }
        h1 { font-size: 16pt; text-align: center; margin: 0 0 8mm; }
        table { width: 100%; border-collapse: collapse; table-layout: fixed; }
        th, td { border: 1px solid #000; padding: 2mm; vertical-align: middle; }
        th { width: 18%; font-weight: bold; text-align: center; }
        td.block { height: 40mm; vertical-align: top; white-space: pre-wrap; }
        td.summary { height: 90mm; }
        td.signatures { height: 14mm; }
        p.copies { margin-top: 4mm; }
        @media print { .sheet { page-break-after: always; } .sheet:last-child { page-break-after: auto; } }
        """;

    public static string Render(AssessmentFormInput form, DocumentLanguage language = DocumentLanguage.Chinese)
    {
        ArgumentNullException.ThrowIfNull(form);
        var content = AssessmentFormContent.Of(form, language);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(language == DocumentLanguage.English ? "en" : "zh-CN").Append("\">\n<head>\n")
            .Append("<meta charset=\"utf-8\">\n<title>").Append(E(content.Title)).Append(" - ").Append(E(form.Name)).Append("</title>\n")
            .Append("<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n<div class=\"sheet\">\n")
            .Append("<h1>").Append(E(content.Title)).Append("</h1>\n<table>\n");

        foreach (var (label, value, label2, value2) in content.Pairs)
        {
            html.Append("<tr><th>").Append(E(label)).Append("</th><td>").Append(E(value))
                .Append("</td><th>").Append(E(label2)).Append("</th><td>").Append(E(value2)).Append("</td></tr>\n");
        }

        foreach (var (label, value) in content.Wide)
        {
            html.Append("<tr><th>").Append(E(label)).Append("</th><td colspan=\"3\">").Append(E(value)).Append("</td></tr>\n");
        }

        foreach (var ((label, text), index) in content.Blocks.Select((block, index) => (block, index)))
        {
            var cssClass = index == 0 ? "block summary" : "block";
            html.Append("<tr><th>").Append(E(label)).Append("</th><td colspan=\"3\" class=\"").Append(cssClass).Append("\">")
                .Append(E(text)).Append("</td></tr>\n");
        }

        html.Append("<tr><th>").Append(E(content.GradeLabel)).Append("</th><td colspan=\"3\" class=\"grade\">")
            .Append(E(content.GradeBoxes)).Append("</td></tr>\n")
            .Append("<tr><td colspan=\"4\" class=\"signatures\">").Append(E(content.Signatures)).Append("</td></tr>\n")
            .Append("</table>\n<p class=\"copies\">").Append(E(content.Copies)).Append("</p>\n</div>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
