namespace WorkflowTalent.Server.Tasks;

/// <summary>One page of the inbox, the number of matching tasks, and the badges the inbox shows.</summary>
public sealed record InboxPage(IReadOnlyList<TaskSummary> Items, int Total, int Page, int PageSize, InboxCounts Counts);

/// <summary>Of the tasks the caller may see: open ones, open and overdue ones, open ones assigned to the caller (or to whom they stand in for).</summary>
public sealed record InboxCounts(int Open, int Overdue, int Mine);
