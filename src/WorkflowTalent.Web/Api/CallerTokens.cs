using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace WorkflowTalent.Web.Api;

/// <summary>
/// A short-lived bearer token for the signed-in user of a circuit, protected exactly as the service's own sign-in
/// protects one: the UI calls the API as that user, so the API's Access rules decide what the UI shows.
/// </summary>
public sealed class CallerTokens(IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    public string For(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var options = bearer.Get(IdentityConstants.BearerScheme);
        var properties = new AuthenticationProperties { ExpiresUtc = clock.GetUtcNow() + Lifetime };
        return options.BearerTokenProtector.Protect(new AuthenticationTicket(user, properties, IdentityConstants.BearerScheme));
    }
}
