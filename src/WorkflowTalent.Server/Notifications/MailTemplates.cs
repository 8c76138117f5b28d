using System.Collections.Frozen;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using WorkflowTalent.Server.Notifications.Templates;

namespace WorkflowTalent.Server.Notifications;

/// <summary>
/// The service's own mails as Liquid templates (Fluid), zh-CN first with English for users whose Culture is "en".
/// Parsed once at start; values are HTML-encoded into the body (CJK left as is) and left plain in the subject.
/// </summary>
public sealed class MailTemplates
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    private static readonly FluidParser Parser = new(new FluidParserOptions { AllowFunctions = false });
    private static readonly HtmlEncoder BodyEncoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly FrozenDictionary<(MailKind, string), (IFluidTemplate Subject, IFluidTemplate Body)> _templates;
    private readonly TemplateOptions _options;

    public MailTemplates()
    {
        _options = new TemplateOptions { CultureInfo = CultureInfo.InvariantCulture };
        _options.MemberAccessStrategy.Register<TaskLine>();
        _options.MemberAccessStrategy.Register<TaskMailModel>();
        _options.MemberAccessStrategy.Register<DigestModel>();
        _templates = new Dictionary<(MailKind, string), (IFluidTemplate, IFluidTemplate)>
        {
            [(MailKind.Reminder, Chinese)] = Parse(ReminderTemplates.ChineseSubject, ReminderTemplates.ChineseBody),
            [(MailKind.Reminder, English)] = Parse(ReminderTemplates.EnglishSubject, ReminderTemplates.EnglishBody),
            [(MailKind.DeadlineReminder, Chinese)] = Parse(DeadlineTemplates.ReminderChineseSubject, DeadlineTemplates.ReminderChineseBody),
            [(MailKind.DeadlineReminder, English)] = Parse(DeadlineTemplates.ReminderEnglishSubject, DeadlineTemplates.ReminderEnglishBody),
            [(MailKind.Escalation, Chinese)] = Parse(DeadlineTemplates.EscalationChineseSubject, DeadlineTemplates.EscalationChineseBody),
            [(MailKind.Escalation, English)] = Parse(DeadlineTemplates.EscalationEnglishSubject, DeadlineTemplates.EscalationEnglishBody),
            [(MailKind.Reassigned, Chinese)] = Parse(DeadlineTemplates.ReassignedChineseSubject, DeadlineTemplates.ReassignedChineseBody),
            [(MailKind.Reassigned, English)] = Parse(DeadlineTemplates.ReassignedEnglishSubject, DeadlineTemplates.ReassignedEnglishBody),
            [(MailKind.Digest, Chinese)] = Parse(DigestTemplates.ChineseSubject, DigestTemplates.ChineseBody),
            [(MailKind.Digest, English)] = Parse(DigestTemplates.EnglishSubject, DigestTemplates.EnglishBody),
        }.ToFrozenDictionary();
    }

    /// <summary>"en", "en-US", "en-GB" read English; anything else (zh-CN, unset) Chinese.</summary>
    public static string LanguageOf(string? culture) =>
        culture is not null && culture.StartsWith(English, StringComparison.OrdinalIgnoreCase) ? English : Chinese;

    public RenderedMail Render(MailKind kind, string? culture, object model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var (subject, body) = _templates[(kind, LanguageOf(culture))];
        var context = new TemplateContext(model, _options);
        // A subject is one line of text: a newline in a value must not start a header.
        var subjectText = subject.Render(context, NullEncoder.Default).ReplaceLineEndings(" ").Trim();
        return new RenderedMail(subjectText, body.Render(context, BodyEncoder));
    }

    private static (IFluidTemplate, IFluidTemplate) Parse(string subject, string body) => (ParseOne(subject), ParseOne(body));

    private static IFluidTemplate ParseOne(string source) =>
        Parser.TryParse(source, out var template, out var error) ? template : throw new InvalidOperationException($"mail template: {error}");
}
