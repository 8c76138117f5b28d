namespace WorkflowTalent.Server.Applications;

/// <summary>A case started for an application: its instance (read it under <c>/api/instances/{id}</c>) and definition.</summary>
public sealed record CaseStarted(string ApplicationId, string DefinitionId, string InstanceId);
