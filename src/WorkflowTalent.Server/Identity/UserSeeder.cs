using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using WorkflowTalent.Persistence.Users;
using WorkflowTalent.Server.Storage;

namespace WorkflowTalent.Server.Identity;

/// <summary>On start: every role exists; the configured administrator exists; the demo users exist where they belong.</summary>
internal sealed partial class UserSeeder(
    RoleManager<IdentityRole> roles, UserManager<WorkflowUser> users, IOptions<DemoUserOptions> options, DatabaseSettings database, ILogger<UserSeeder> log)
{
    public async Task SeedAsync()
    {
        foreach (var role in WorkflowRoles.All)
            if (!await roles.RoleExistsAsync(role))
                Check(await roles.CreateAsync(new IdentityRole(role)), role);

        var settings = options.Value;
        if (settings is { AdministratorUserName: { Length: > 0 } admin, AdministratorPassword: { Length: > 0 } password })
            await EnsureAsync(new DemoUsers.DemoUser(admin, "系统管理员", WorkflowRoles.Administrator, null, $"{admin}@localhost"), password);

        if (settings.Seed ?? database.IsEmbeddedDefault)
        {
            foreach (var user in DemoUsers.All)
                await EnsureAsync(user, settings.Password);
            LogDemoUsers(log, DemoUsers.All.Count);
        }
    }

    private async Task EnsureAsync(DemoUsers.DemoUser demo, string password)
    {
        if (await users.FindByNameAsync(demo.UserName) is not null)
            return;
        var user = new WorkflowUser { UserName = demo.UserName, Email = demo.Email, EmailConfirmed = true, DisplayName = demo.DisplayName, Scope = demo.Scope };
        Check(await users.CreateAsync(user, password), demo.UserName);
        Check(await users.AddToRoleAsync(user, demo.Role), demo.UserName);
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"could not create {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo users present ({Count}); see README for their names and password")]
    private static partial void LogDemoUsers(ILogger logger, int count);
}
