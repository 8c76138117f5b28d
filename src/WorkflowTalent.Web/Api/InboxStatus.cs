namespace WorkflowTalent.Web.Api;

/// <summary>The task statuses the inbox lists by (the service's HumanTaskStatus): open ones unless asked otherwise.</summary>
public enum InboxStatus
{
    Open,
    Completed,
    Cancelled,
}
