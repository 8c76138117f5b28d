namespace WorkflowTalent.Server.Files;

/// <summary>A file attached to a case, without its bytes: what an upload answers and a case's file list shows.</summary>
public sealed record CaseFileView(string Id, string InstanceId, string Name, string ContentType, long Size, string Sha256, string UploadedBy, DateTimeOffset UploadedAt);
