using System.Collections.Concurrent;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Workflows.Hosting;

public sealed class InMemoryMailOutbox : IMailOutbox
{
    private readonly ConcurrentQueue<MailMessage> _messages = new();

    public IReadOnlyCollection<MailMessage> Messages => _messages;

    public void Enqueue(MailMessage message) => _messages.Enqueue(message);
}
