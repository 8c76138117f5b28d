using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using WorkflowTalent.Persistence;
using WorkflowTalent.Persistence.Users;

namespace WorkflowTalent.Server.Identity;

public static class IdentityModule
{
    public const string AdministratorsOnly = "AdministratorsOnly";

    /// <summary>
    /// ASP.NET Core Identity on the workflow database: a cookie for the browser and a bearer token for API
    /// clients (one scheme picks by the Authorization header), roles, and the scope claim. Every endpoint
    /// needs a signed-in user unless it says otherwise.
    /// </summary>
    public static IServiceCollection AddWorkflowIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentityApiEndpoints<WorkflowUser>(options =>
            {
                options.User.RequireUniqueEmail = false;
                options.Password.RequiredLength = 8;
                options.Lockout.MaxFailedAccessAttempts = 5;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<WorkflowDbContext>()
            .AddClaimsPrincipalFactory<WorkflowClaimsFactory>();

        // Keys in the shared database: a token issued by one node is read by another, and survives a restart.
        services.AddDataProtection().SetApplicationName("WorkflowTalent").PersistKeysToDbContext<WorkflowDbContext>();

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "wt.auth";
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.SlidingExpiration = true;
            // An API client gets a status code, not a redirect to a login page.
            options.Events.OnRedirectToLogin = context => ApiStatusOrRedirect(context.HttpContext, context.RedirectUri, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => ApiStatusOrRedirect(context.HttpContext, context.RedirectUri, StatusCodes.Status403Forbidden);
        });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(AdministratorsOnly, policy => policy.RequireRole(WorkflowRoles.Administrator));

        services.AddOptions<DemoUserOptions>().Bind(configuration.GetSection(DemoUserOptions.Section));
        services.AddScoped<UserSeeder>();
        return services;
    }

    private static Task ApiStatusOrRedirect(HttpContext http, string redirectUri, int status)
    {
        if (http.Request.Path.StartsWithSegments("/api") || http.Request.Path.StartsWithSegments("/hangfire"))
            http.Response.StatusCode = status;
        else
            http.Response.Redirect(redirectUri);
        return Task.CompletedTask;
    }
}
