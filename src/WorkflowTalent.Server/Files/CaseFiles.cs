using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.Files;

namespace WorkflowTalent.Server.Files;

/// <summary>
/// Stores and reads the files attached to cases (R14.1's registration form). Who may upload to or download from a
/// case is who may see it: <see cref="Access.Access.Instances"/>, so a case one may not see answers as absent.
/// </summary>
public sealed class CaseFiles(WorkflowDbContext db, TimeProvider clock)
{
    /// <summary>10 MB: a scanned form of a few pages; larger uploads are refused with 413.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>Whether the caller may see the case (and so attach files to it and read them).</summary>
    public Task<bool> CanSeeCaseAsync(Access.Access access, string instanceId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        return access.Instances(db.Instances.AsNoTracking(), db.Tasks.AsNoTracking()).AnyAsync(i => i.Id == instanceId, cancellationToken);
    }

    public async Task<CaseFileView> AddAsync(string instanceId, string name, string contentType, byte[] content, string uploadedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var record = new CaseFileRecord
        {
            Id = Guid.CreateVersion7().ToString("N"),
            InstanceId = instanceId,
            Name = name,
            ContentType = contentType,
            Size = content.LongLength,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            UploadedBy = uploadedBy,
            UploadedAt = clock.GetUtcNow(),
            Content = content,
        };
        db.CaseFiles.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return View(record);
    }

    /// <summary>The file with its bytes, when the caller may see its case; else null.</summary>
    public async Task<CaseFileRecord?> FindAsync(Access.Access access, string fileId, CancellationToken cancellationToken = default)
    {
        var file = await db.CaseFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId, cancellationToken);
        return file is not null && await CanSeeCaseAsync(access, file.InstanceId, cancellationToken) ? file : null;
    }

    /// <summary>The case's files, oldest first, without their bytes.</summary>
    public async Task<List<CaseFileView>> OfCaseAsync(string instanceId, CancellationToken cancellationToken = default) =>
        await db.CaseFiles.AsNoTracking()
            .Where(f => f.InstanceId == instanceId)
            .OrderBy(f => f.Id) // ids are UUID v7: time-ordered
            .Select(f => new CaseFileView(f.Id, f.InstanceId, f.Name, f.ContentType, f.Size, f.Sha256, f.UploadedBy, f.UploadedAt))
            .ToListAsync(cancellationToken);

    /// <summary>The ids of the case's files: what a form's "file" field may name.</summary>
    public async Task<IReadOnlySet<string>> IdsOfCaseAsync(string instanceId, CancellationToken cancellationToken = default) =>
        (await db.CaseFiles.AsNoTracking().Where(f => f.InstanceId == instanceId).Select(f => f.Id).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);

    private static CaseFileView View(CaseFileRecord f) => new(f.Id, f.InstanceId, f.Name, f.ContentType, f.Size, f.Sha256, f.UploadedBy, f.UploadedAt);
}
