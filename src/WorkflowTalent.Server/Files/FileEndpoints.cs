using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using WorkflowTalent.Server.Access;

namespace WorkflowTalent.Server.Files;

/// <summary>
/// <c>POST /api/instances/{id}/files</c> attaches one file to a case, <c>GET /api/instances/{id}/files</c> lists
/// them, <c>GET /api/files/{id}</c> reads one back; for whoever may see the case, 404 for everyone else.
/// </summary>
public static class FileEndpoints
{
    public static IEndpointRouteBuilder MapFileEndpoints(this IEndpointRouteBuilder app)
    {
        var files = app.MapGroup("/api").WithTags("Files");
        // The API authenticates by bearer token or by the Identity cookie, which is SameSite=Lax: a cross-site form
        // post carries no cookie, so the upload needs no antiforgery token (which API clients could not send).
        files.MapPost("/instances/{id}/files", UploadAsync).DisableAntiforgery()
            .WithSummary("Attaches one file (multipart field \"file\", at most 10 MB) to a case the caller may see; answers { id, name, size, … }.");
        files.MapGet("/instances/{id}/files", ListAsync)
            .WithSummary("The files attached to a case the caller may see, oldest first, without their bytes.");
        files.MapGet("/files/{id}", DownloadAsync)
            .WithSummary("A file's bytes under its name; 404 unless the caller may see its case.");
        return app;
    }

    private static async Task<Results<Created<CaseFileView>, ProblemHttpResult>> UploadAsync(
        string id, HttpRequest request, ClaimsPrincipal user, AccessResolver resolver, CaseFiles files, CancellationToken cancellationToken)
    {
        var access = await resolver.ForAsync(user, cancellationToken);
        if (!await files.CanSeeCaseAsync(access, id, cancellationToken))
            return FileProblems.NoCase(id);
        // Refuse an oversized body before reading it; the form's own length is checked again below.
        if (request.ContentLength > CaseFiles.MaxBytes + FormOverhead)
            return FileProblems.TooLarge();
        if (!request.HasFormContentType)
            return FileProblems.NoUpload();
        var form = await request.ReadFormAsync(cancellationToken);
        if (form.Files is not [var file] || file.Length == 0)
            return FileProblems.NoUpload();
        if (file.Length > CaseFiles.MaxBytes)
            return FileProblems.TooLarge();

        var name = Path.GetFileName(file.FileName.Replace('\\', '/')).Trim();
        if (name.Length == 0 || name.Length > MaxNameLength)
            return FileProblems.BadName();
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        var contentType = string.IsNullOrWhiteSpace(file.ContentType) ? "application/octet-stream" : file.ContentType;
        var saved = await files.AddAsync(id, name, contentType, buffer.ToArray(), access.Caller.UserName, cancellationToken);
        return TypedResults.Created($"/api/files/{saved.Id}", saved);
    }

    private static async Task<Results<Ok<List<CaseFileView>>, ProblemHttpResult>> ListAsync(
        string id, ClaimsPrincipal user, AccessResolver resolver, CaseFiles files, CancellationToken cancellationToken)
    {
        var access = await resolver.ForAsync(user, cancellationToken);
        return await files.CanSeeCaseAsync(access, id, cancellationToken)
            ? TypedResults.Ok(await files.OfCaseAsync(id, cancellationToken))
            : FileProblems.NoCase(id);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(
        string id, ClaimsPrincipal user, AccessResolver resolver, CaseFiles files, CancellationToken cancellationToken)
    {
        var access = await resolver.ForAsync(user, cancellationToken);
        if (await files.FindAsync(access, id, cancellationToken) is not { } file)
            return FileProblems.NoFile(id);
        // The stored content type is the uploader's claim: sent as an attachment, never rendered inline.
        return TypedResults.File(file.Content, file.ContentType, file.Name, entityTag: new EntityTagHeaderValue($"\"{file.Sha256}\""));
    }

    /// <summary>Room for the multipart boundaries and headers around the file.</summary>
    private const long FormOverhead = 64 * 1024;

    private const int MaxNameLength = 255;
}
