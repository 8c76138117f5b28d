using System.Net.Http.Json;

namespace WorkflowTalent.Web.Tests.Support;

/// <summary>Officials made for a test through the administrators' users API: a second officer of a county, or one of another county.</summary>
public static class Colleagues
{
    /// <summary>A new official of <paramref name="role"/> within <paramref name="scope"/>, with the demo password; answers the user name.</summary>
    public static async Task<string> CreateAsync(ServiceProcess service, string role, string scope, string prefix)
    {
        ArgumentNullException.ThrowIfNull(service);
        var userName = $"{prefix}{Guid.NewGuid().ToString("N")[..6]}";
        using var admin = await service.ApiAsAsync("admin");
        var created = await admin.PostAsJsonAsync("/api/users", new
        {
            userName,
            displayName = $"测试干部 {userName}",
            email = $"{userName}@yuxi.example",
            password = ServiceProcess.DemoPassword,
            role,
            scope,
        });
        if (!created.IsSuccessStatusCode)
            throw new InvalidOperationException($"create {userName}: {(int)created.StatusCode} {await created.Content.ReadAsStringAsync()}");
        return userName;
    }
}
