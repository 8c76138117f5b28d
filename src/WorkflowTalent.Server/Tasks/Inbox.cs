using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.HumanTasks;

namespace WorkflowTalent.Server.Tasks;

/// <summary>
/// Reads the inbox. Everything is filtered, counted, sorted and paged in SQL over the task table's indexes
/// ((Role, Scope, Status, Due), (Assignee, Status), (Status, Due)): the table holds every task of every case.
/// </summary>
public sealed class Inbox(WorkflowDbContext db, TimeProvider clock)
{
    public async Task<InboxPage> ReadAsync(Access.Access access, InboxQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(query);
        var now = clock.GetUtcNow();
        var people = access.People.ToList();
        var visible = access.Tasks(db.Tasks.AsNoTracking());

        var matching = Filter(visible, query, people, now);
        var total = await matching.CountAsync(cancellationToken);
        var page = query.PageOrDefault;
        var pageSize = query.PageSizeOrDefault;
        var items = await Sort(matching, query.Sort)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(TaskSummary.Projection(now))
            .ToListAsync(cancellationToken);

        var open = visible.Where(t => t.Status == HumanTaskStatus.Open);
        var counts = new InboxCounts(
            await open.CountAsync(cancellationToken),
            await open.CountAsync(t => t.IsOverdue || (t.Due != null && t.Due < now), cancellationToken),
            await open.CountAsync(t => t.Assignee != null && people.Contains(t.Assignee), cancellationToken));
        return new InboxPage(items, total, page, pageSize, counts);
    }

    private IQueryable<TaskRecord> Filter(IQueryable<TaskRecord> tasks, InboxQuery query, List<string> people, DateTimeOffset now)
    {
        var status = query.Status is { } s ? Enum.Parse<HumanTaskStatus>(s, ignoreCase: true) : HumanTaskStatus.Open;
        tasks = tasks.Where(t => t.Status == status);
        if (query.DefinitionId is { Length: > 0 } definitionId)
            tasks = tasks.Where(t => t.DefinitionId == definitionId);
        if (query.ActivityId is { Length: > 0 } activityId)
            tasks = tasks.Where(t => t.ActivityId == activityId);
        if (query.Scope is { Length: > 0 } scope)
            tasks = tasks.Where(t => t.Scope == scope);
        if (query.DueBefore is { } dueBefore)
            tasks = tasks.Where(t => t.Due != null && t.Due < dueBefore);
        if (query.DueAfter is { } dueAfter)
            tasks = tasks.Where(t => t.Due != null && t.Due >= dueAfter);
        if (query.Overdue is { } overdue)
            tasks = tasks.Where(t => (t.IsOverdue || (t.Due != null && t.Due < now)) == overdue);
        if (query.Priority is { } priority)
            tasks = tasks.Where(t => t.Priority == priority);
        tasks = query.Assignee?.ToUpperInvariant() switch
        {
            // Mine includes the officials the caller stands in for: their work is the substitute's while they are away.
            "ME" => tasks.Where(t => t.Assignee != null && people.Contains(t.Assignee)),
            "UNASSIGNED" => tasks.Where(t => t.Assignee == null),
            _ => tasks,
        };
        if (query.Search is { Length: > 0 } search)
        {
            var instances = db.Instances.AsNoTracking();
            tasks = tasks.Where(t => t.Title.Contains(search)
                || instances.Any(i => i.Id == t.InstanceId && i.Name != null && i.Name.Contains(search)));
        }

        return tasks;
    }

    // Ties break on the id, so that paging is stable.
    private static IQueryable<TaskRecord> Sort(IQueryable<TaskRecord> tasks, string? sort) => sort?.ToUpperInvariant() switch
    {
        "-DUE" => tasks.OrderByDescending(t => t.Due).ThenBy(t => t.Id),
        "PRIORITY" => tasks.OrderBy(t => t.Priority).ThenBy(t => t.Due).ThenBy(t => t.Id),
        "-PRIORITY" => tasks.OrderByDescending(t => t.Priority).ThenBy(t => t.Due).ThenBy(t => t.Id),
        "CREATED" => tasks.OrderBy(t => t.CreatedAt).ThenBy(t => t.Id),
        "-CREATED" => tasks.OrderByDescending(t => t.CreatedAt).ThenBy(t => t.Id),
        _ => tasks.OrderBy(t => t.Due).ThenBy(t => t.Id),
    };
}
