using System.Text;
using MimeKit.Text;

namespace WorkflowTalent.Mail;

/// <summary>
/// The plain-text alternative of an HTML body. MimeKit 4 ships no HTML-to-text converter, so its tokenizer is used:
/// text is kept, block tags become line breaks, script and style are dropped.
/// </summary>
internal static class HtmlPlainText
{
    private static readonly HashSet<HtmlTagId> LineBreaks =
    [
        HtmlTagId.Br, HtmlTagId.P, HtmlTagId.Div, HtmlTagId.LI, HtmlTagId.TR, HtmlTagId.Table,
        HtmlTagId.H1, HtmlTagId.H2, HtmlTagId.H3, HtmlTagId.H4, HtmlTagId.H5, HtmlTagId.H6,
    ];

    public static string Convert(string html)
    {
        var text = new StringBuilder();
        var skipping = false;
        using var reader = new StringReader(html);
        var tokenizer = new HtmlTokenizer(reader);
        while (tokenizer.ReadNextToken(out var token))
        {
            switch (token)
            {
                case HtmlTagToken tag when tag.Id is HtmlTagId.Script or HtmlTagId.Style:
                    skipping = !tag.IsEndTag && !tag.IsEmptyElement;
                    break;
                case HtmlTagToken tag when LineBreaks.Contains(tag.Id):
                    if (text.Length > 0 && text[^1] != '\n')
                        text.Append('\n');
                    break;
                case HtmlDataToken data when !skipping && token.Kind == HtmlTokenKind.Data:
                    text.Append(data.Data);
                    break;
            }
        }

        return text.ToString().Trim();
    }
}
