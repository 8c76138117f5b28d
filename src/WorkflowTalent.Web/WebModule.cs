using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using WorkflowTalent.Persistence.Users;
using WorkflowTalent.Web.Api;
using WorkflowTalent.Web.Components;
using WorkflowTalent.Web.Localization;

namespace WorkflowTalent.Web;

public static class WebModule
{
    /// <summary>
    /// The pages' policy: a signed-in user, authenticated by the Identity cookie, whose challenge redirects to the
    /// sign-in page (the service's default scheme answers 401, as the API should). A named policy rather than
    /// [Authorize(AuthenticationSchemes = …)], which Blazor's router refuses.
    /// </summary>
    public const string SignedInPages = "SignedInPages";

    /// <summary>
    /// The web UI: Blazor components rendered on the server (interactive over the circuit), MudBlazor, zh-CN first
    /// with English by a culture cookie, and a client of the service's own API for everything it shows.
    /// </summary>
    public static IServiceCollection AddWorkflowWeb(this IServiceCollection services)
    {
        // The definition editor reads Monaco's text back over the circuit; a definition (talent-training: 75 KB) is
        // larger than SignalR's default 32 KB message.
        services.AddRazorComponents().AddInteractiveServerComponents().AddHubOptions(hub => hub.MaximumReceiveMessageSize = 1024 * 1024);
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingIdentityState>();
        services.AddAuthorizationBuilder().AddPolicy(SignedInPages, policy =>
            policy.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme).RequireAuthenticatedUser());
        services.AddMudServices();
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(UiCultures.Configure);
        // Pages that need a signed-in user send the browser here (the API keeps answering 401).
        services.ConfigureApplicationCookie(options => options.LoginPath = "/login");
        services.AddSingleton<SelfAddress>();
        services.AddSingleton<CallerTokens>();
        services.AddHttpClient<ServiceClient>();
        services.AddScoped<WorkflowApi>();
        services.AddScoped<AdminApi>();
        services.AddScoped<PlanClient>();
        services.AddScoped<CasesApi>();
        services.AddScoped<InboxApi>();
        services.AddScoped<AbsenceApi>();
        services.AddScoped<TraineeApi>();
        services.AddScoped<DefinitionsApi>();
        services.AddScoped<TaskActionsApi>();
        services.AddScoped<CaseFilesApi>();
        return services;
    }

    /// <summary>The UI at <c>/</c> (the API stays under <c>/api</c>); after authentication and authorization.</summary>
    public static WebApplication MapWorkflowWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // The UI's culture only: the API's answers do not depend on a browser's language cookie.
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/api"), branch => branch.UseRequestLocalization());
        app.UseAntiforgery();
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapGet("/culture", UiCultures.Switch).AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/logout", async (SignInManager<WorkflowUser> signIn) =>
            {
                await signIn.SignOutAsync();
                return TypedResults.LocalRedirect("~/login");
            })
            .WithMetadata(new RequireAntiforgeryTokenAttribute())
            .ExcludeFromDescription();
        return app;
    }
}
