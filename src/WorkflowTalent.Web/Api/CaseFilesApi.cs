using System.Net.Http.Headers;
using Microsoft.AspNetCore.Components.Forms;

namespace WorkflowTalent.Web.Api;

/// <summary>Files attached to a case (R14.1's registration form): uploaded through the API as the signed-in user.</summary>
public sealed class CaseFilesApi(ServiceClient client)
{
    /// <summary>The service's limit (CaseFiles.MaxBytes): larger files are refused before they are read.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>Sends the browser's file to the case; the stored file, or why the service refused it.</summary>
    public async Task<Answer<CaseFile>> UploadAsync(string instanceId, IBrowserFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        await using var stream = file.OpenReadStream(MaxBytes, cancellationToken);
        using var content = new StreamContent(stream);
        content.Headers.ContentType = MediaTypeHeaderValue.TryParse(file.ContentType, out var type) ? type : new MediaTypeHeaderValue("application/octet-stream");
        using var form = new MultipartFormDataContent { { content, "file", file.Name } };
        return await client.SendAsync<CaseFile>(HttpMethod.Post, ServiceClient.Path("api/instances/{0}/files", instanceId), form, cancellationToken);
    }

    /// <summary>The case's files, oldest first; empty when the caller may not see the case.</summary>
    public async Task<IReadOnlyList<CaseFile>> OfCaseAsync(string instanceId, CancellationToken cancellationToken = default) =>
        await client.GetAsync<List<CaseFile>>(ServiceClient.Path("api/instances/{0}/files", instanceId), cancellationToken) ?? [];
}
