namespace WorkflowTalent.Server.Notifications.Templates;

/// <summary>
/// The mails of a deadline rule: a last reminder to the task's holders, then the escalation to its target or the
/// notice to the official it was reassigned to. Model: <see cref="TaskMailModel"/> (Target: who now has it; Deadline: when it was due).
/// </summary>
internal static class DeadlineTemplates
{
    public const string ReminderChineseSubject = "【玉溪市基层人才对口培养】催办：{{ Task.Title }}";

    public const string ReminderChineseBody = """
        <p>{{ Recipient }}，您好：</p>
        <p>待办事项“{{ Task.Title }}”（{{ Task.Case }}）未在办理时限（{{ Deadline }}）内办理，已{% if Target %}转交 {{ Target }} 督办{% else %}按规定处理{% endif %}。</p>
        <p>到期时间：{{ Task.Due | default: "未设定" }}（北京时间）</p>
        <p>玉溪市基层人才对口培养计划</p>
        """;

    public const string ReminderEnglishSubject = "[Yuxi talent plan] Overdue: {{ Task.Title }}";

    public const string ReminderEnglishBody = """
        <p>Dear {{ Recipient }},</p>
        <p>The task "{{ Task.Title }}" ({{ Task.Case }}) was not dealt with by its deadline ({{ Deadline }}){% if Target %} and has been passed to {{ Target }}{% endif %}.</p>
        <p>Due: {{ Task.Due | default: "none" }} (China Standard Time)</p>
        <p>Yuxi Grassroots Talent Counterpart Training Plan</p>
        """;

    public const string EscalationChineseSubject = "【玉溪市基层人才对口培养】逾期督办：{{ Task.Title }}";

    public const string EscalationChineseBody = """
        <p>{{ Recipient }}：</p>
        <p>以下待办事项未在办理时限内办理，特此报告，请督办。</p>
        <table>
        <tr><td>事项</td><td>{{ Task.Title }}</td></tr>
        <tr><td>业务</td><td>{{ Task.Case }}</td></tr>
        <tr><td>办理角色</td><td>{{ Task.Role }}</td></tr>
        <tr><td>办理时限</td><td>{{ Deadline }}（北京时间）</td></tr>
        </table>
        <p>玉溪市基层人才对口培养计划</p>
        """;

    public const string EscalationEnglishSubject = "[Yuxi talent plan] Escalation: {{ Task.Title }}";

    public const string EscalationEnglishBody = """
        <p>Dear {{ Recipient }},</p>
        <p>The following task was not dealt with by its deadline and is escalated to you.</p>
        <table>
        <tr><td>Task</td><td>{{ Task.Title }}</td></tr>
        <tr><td>Case</td><td>{{ Task.Case }}</td></tr>
        <tr><td>Role</td><td>{{ Task.Role }}</td></tr>
        <tr><td>Deadline</td><td>{{ Deadline }} (China Standard Time)</td></tr>
        </table>
        <p>Yuxi Grassroots Talent Counterpart Training Plan</p>
        """;

    public const string ReassignedChineseSubject = "【玉溪市基层人才对口培养】转办：{{ Task.Title }}";

    public const string ReassignedChineseBody = """
        <p>{{ Recipient }}，您好：</p>
        <p>待办事项“{{ Task.Title }}”（{{ Task.Case }}）未在办理时限（{{ Deadline }}）内办理，现转由您办理，请尽快登录系统处理。</p>
        <p>到期时间：{{ Task.Due | default: "未设定" }}（北京时间）</p>
        <p>玉溪市基层人才对口培养计划</p>
        """;

    public const string ReassignedEnglishSubject = "[Yuxi talent plan] Reassigned to you: {{ Task.Title }}";

    public const string ReassignedEnglishBody = """
        <p>Dear {{ Recipient }},</p>
        <p>The task "{{ Task.Title }}" ({{ Task.Case }}) was not dealt with by its deadline ({{ Deadline }}) and is now yours; please deal with it in the system.</p>
        <p>Due: {{ Task.Due | default: "none" }} (China Standard Time)</p>
        <p>Yuxi Grassroots Talent Counterpart Training Plan</p>
        """;
}
