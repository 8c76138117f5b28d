using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace WorkflowTalent.Server.Tests.Support;

/// <summary>Attaches a file to a case as the API takes it: one multipart field "file".</summary>
internal static class Uploads
{
    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, string instanceId, byte[] bytes, string name = "form.pdf")
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var form = new MultipartFormDataContent { { file, "file", name } };
        return client.PostAsync($"/api/instances/{instanceId}/files", form);
    }

    /// <summary>Attaches a small file named <paramref name="name"/> and answers its id, for a form's "file" field.</summary>
    public static async Task<string> UploadIdAsync(this HttpClient client, string instanceId, string name)
    {
        var response = await client.UploadAsync(instanceId, Encoding.UTF8.GetBytes(name), name);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"upload {name} to {instanceId}: {(int)response.StatusCode} {text}");
        return (string)JsonNode.Parse(text)!["id"]!;
    }
}
