using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.HumanTasks;

namespace WorkflowTalent.Server.Tasks;

/// <summary>
/// Reads the inbox. Everything is filtered, counted, sorted and paged in SQL over the task table's indexes
/// ((Role, Scope, Status, Due), (Assignee, Status), (Owner, Status)): the table holds every task of every case.
/// </summary>
public sealed class Inbox(WorkflowDbContext db, TimeProvider clock)
{
    public async Task<InboxPage> ReadAsync(Access.Access access, InboxQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(query);
        var now = clock.GetUtcNow();
        var people = access.People.ToList();
        var status = query.Status is { } s ? Enum.Parse<HumanTaskStatus>(s, ignoreCase: true) : HumanTaskStatus.Open;
        var open = VisibleTasks.WithStatus(access, db.Tasks.AsNoTracking(), HumanTaskStatus.Open);

        // The three badges in one pass over the open tasks, not three.
        var counts = await open
            .GroupBy(t => 1)
            .Select(g => new InboxCounts(
                g.Count(),
                g.Count(t => t.IsOverdue || (t.Due != null && t.Due < now)),
                g.Count(t => t.Assignee != null && people.Contains(t.Assignee))))
            .FirstOrDefaultAsync(cancellationToken) ?? new InboxCounts(0, 0, 0);

        var counted = status == HumanTaskStatus.Open ? open : VisibleTasks.WithStatus(access, db.Tasks.AsNoTracking(), status);
        // The inbox as it opens (open tasks, no other criterion) lists exactly the tasks the open badge counts.
        var total = status == HumanTaskStatus.Open && IsUnfiltered(query)
            ? counts.Open
            : await Filter(counted, query, people, now).CountAsync(cancellationToken);

        // In due order, with the status outside the access rule, SQLite walks the (Status, Due) index in order and stops
        // at the end of the page: a few hundred entries for an official who sees a share of the open tasks, every open
        // task's at worst, never a sort. In any other order every match is gathered and sorted first, which the
        // per-branch lookups do fastest.
        var listed = IsDueOrder(query.Sort)
            ? access.Tasks(db.Tasks.AsNoTracking()).Where(t => t.Status == status)
            : counted;
        var matching = Filter(listed, query, people, now);
        var page = query.PageOrDefault;
        var pageSize = query.PageSizeOrDefault;
        var items = await Sort(matching, query.Sort)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(TaskSummary.Projection(now))
            .ToListAsync(cancellationToken);
        return new InboxPage(items, total, page, pageSize, counts);
    }

    private static bool IsDueOrder(string? sort) =>
        sort is null || sort.Equals("due", StringComparison.OrdinalIgnoreCase) || sort.Equals("-due", StringComparison.OrdinalIgnoreCase);

    private static bool IsUnfiltered(InboxQuery query) =>
        query.Criteria() with { Status = null, Sort = null } == new InboxQuery();

    private IQueryable<TaskRecord> Filter(IQueryable<TaskRecord> tasks, InboxQuery query, List<string> people, DateTimeOffset now)
    {
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
