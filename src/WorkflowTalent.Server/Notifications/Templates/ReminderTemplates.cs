namespace WorkflowTalent.Server.Notifications.Templates;

/// <summary>The before-due reminder: the task is due soon. Model: <see cref="TaskMailModel"/>.</summary>
internal static class ReminderTemplates
{
    public const string ChineseSubject = "【玉溪市基层人才对口培养】待办提醒：{{ Task.Title }}（{{ Task.Due }} 到期）";

    public const string ChineseBody = """
        <p>{{ Recipient }}，您好：</p>
        <p>以下待办事项即将到期，请尽快登录系统处理。</p>
        <table>
        <tr><td>事项</td><td>{{ Task.Title }}</td></tr>
        <tr><td>业务</td><td>{{ Task.Case }}</td></tr>
        <tr><td>办理角色</td><td>{{ Task.Role }}</td></tr>
        <tr><td>到期时间</td><td>{{ Task.Due }}（北京时间）</td></tr>
        </table>
        <p>玉溪市基层人才对口培养计划</p>
        """;

    public const string EnglishSubject = "[Yuxi talent plan] Reminder: {{ Task.Title }} (due {{ Task.Due }})";

    public const string EnglishBody = """
        <p>Dear {{ Recipient }},</p>
        <p>The following task is due soon; please deal with it in the system.</p>
        <table>
        <tr><td>Task</td><td>{{ Task.Title }}</td></tr>
        <tr><td>Case</td><td>{{ Task.Case }}</td></tr>
        <tr><td>Role</td><td>{{ Task.Role }}</td></tr>
        <tr><td>Due</td><td>{{ Task.Due }} (China Standard Time)</td></tr>
        </table>
        <p>Yuxi Grassroots Talent Counterpart Training Plan</p>
        """;
}
