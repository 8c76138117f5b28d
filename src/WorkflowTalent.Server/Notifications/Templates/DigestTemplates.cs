namespace WorkflowTalent.Server.Notifications.Templates;

/// <summary>The daily digest: every open task of one official, overdue ones marked. Model: <see cref="DigestModel"/>.</summary>
internal static class DigestTemplates
{
    public const string ChineseSubject = "【玉溪市基层人才对口培养】每日待办汇总（{{ Date }}）：{{ Tasks.size }} 项待办{% if OverdueCount > 0 %}，{{ OverdueCount }} 项已逾期{% endif %}";

    public const string ChineseBody = """
        <p>{{ Recipient }}，您好：</p>
        <p>截至 {{ Date }}，您有 {{ Tasks.size }} 项待办事项{% if OverdueCount > 0 %}，其中 {{ OverdueCount }} 项已逾期{% endif %}：</p>
        <table>
        <tr><th>事项</th><th>业务</th><th>到期时间（北京时间）</th><th>状态</th></tr>
        {% for task in Tasks %}<tr><td>{{ task.Title }}</td><td>{{ task.Case }}</td><td>{{ task.Due | default: "未设定" }}</td><td>{% if task.IsOverdue %}已逾期{% else %}待办{% endif %}</td></tr>
        {% endfor %}</table>
        <p>玉溪市基层人才对口培养计划</p>
        """;

    public const string EnglishSubject = "[Yuxi talent plan] Daily tasks ({{ Date }}): {{ Tasks.size }} open{% if OverdueCount > 0 %}, {{ OverdueCount }} overdue{% endif %}";

    public const string EnglishBody = """
        <p>Dear {{ Recipient }},</p>
        <p>As of {{ Date }} you have {{ Tasks.size }} open task(s){% if OverdueCount > 0 %}, {{ OverdueCount }} of them overdue{% endif %}:</p>
        <table>
        <tr><th>Task</th><th>Case</th><th>Due (China Standard Time)</th><th>State</th></tr>
        {% for task in Tasks %}<tr><td>{{ task.Title }}</td><td>{{ task.Case }}</td><td>{{ task.Due | default: "none" }}</td><td>{% if task.IsOverdue %}Overdue{% else %}Open{% endif %}</td></tr>
        {% endfor %}</table>
        <p>Yuxi Grassroots Talent Counterpart Training Plan</p>
        """;
}
