namespace WorkflowTalent.Web.Api;

/// <summary>Which of the caller's tasks the inbox lists: every open one, those claimed by them, or the overdue ones.</summary>
public enum InboxShow
{
    Open,
    Mine,
    Overdue,
}
