using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Workflows.Hosting;

/// <summary>Takes the e-mails a step sends; a durable host writes them in the step's transaction and sends them after.</summary>
public interface IMailOutbox
{
    void Enqueue(MailMessage message);
}
