using WorkflowTalent.Workflows.Hosting;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Server.Engine;

/// <summary>
/// Sees every step the scope's <see cref="WorkflowHost"/> applies (children and event deliveries included), inside
/// that step's transaction, so what it stages commits with the step or not at all. Registered scoped; any number.
/// </summary>
public interface IWorkflowStepObserver
{
    void Applied(WorkflowHost host, StepResult step);
}
