using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using WorkflowTalent.Persistence.Users;

namespace WorkflowTalent.Server.Identity;

/// <summary>Sign-in for the browser (cookie) and API clients (bearer token); no self-registration: administrators create users.</summary>
public static class AuthEndpoints
{
    public sealed record LoginRequest(string UserName, string Password);

    public sealed record Me(string UserName, string? DisplayName, IReadOnlyList<string> Roles, string? Scope);

    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Sign-in");
        auth.MapPost("/login", Login).AllowAnonymous()
            .WithSummary("Signs in: a bearer token in the body, or with useCookies=true a cookie for the browser.");
        auth.MapPost("/logout", async (SignInManager<WorkflowUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.NoContent();
        });
        auth.MapGet("/me", (ClaimsPrincipal user) =>
        {
            var caller = Caller.From(user);
            return TypedResults.Ok(new Me(caller.UserName, user.FindFirst(WorkflowClaims.DisplayName)?.Value, [.. caller.Roles.Order(StringComparer.Ordinal)], caller.Scope));
        });
        return app;
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> Login(LoginRequest login, bool? useCookies, SignInManager<WorkflowUser> signIn)
    {
        signIn.AuthenticationScheme = useCookies == true ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(login.UserName, login.Password, isPersistent: useCookies == true, lockoutOnFailure: true);
        if (result.Succeeded)
            return TypedResults.Empty; // the sign-in handler has written the cookie or the token
        return TypedResults.Problem(
            result.IsLockedOut ? "账户已被暂时锁定，请稍后再试。The account is locked for a while." : "用户名或密码错误。Wrong user name or password.",
            statusCode: StatusCodes.Status401Unauthorized,
            title: "Sign-in failed");
    }
}
