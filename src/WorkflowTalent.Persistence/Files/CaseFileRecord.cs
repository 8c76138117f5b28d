namespace WorkflowTalent.Persistence.Files;

/// <summary>
/// A file uploaded to a case, such as the registration form a trainee attaches to the summary (R14.1). The bytes
/// live in the database beside the case, so every node reads them and a backup holds them with the case.
/// </summary>
public sealed class CaseFileRecord
{
    public required string Id { get; set; }
    public required string InstanceId { get; set; }
    public required string Name { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }

    /// <summary>Hex SHA-256 of <see cref="Content"/>, to show that the file read back is the file uploaded.</summary>
    public required string Sha256 { get; set; }
    public required string UploadedBy { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public required byte[] Content { get; set; }
}
