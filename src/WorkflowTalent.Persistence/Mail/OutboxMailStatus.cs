namespace WorkflowTalent.Persistence.Mail;

public enum OutboxMailStatus
{
    Pending,
    Sent,
    Failed,
}
