using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using WorkflowTalent.Persistence.Users;

namespace WorkflowTalent.Server.Identity;

/// <summary>Adds the official's scope and display name to the cookie or bearer token, so no request reads the user row.</summary>
internal sealed class WorkflowClaimsFactory(UserManager<WorkflowUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<WorkflowUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(WorkflowUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (!string.IsNullOrEmpty(user.Scope))
            identity.AddClaim(new Claim(WorkflowClaims.Scope, user.Scope));
        if (!string.IsNullOrEmpty(user.DisplayName))
            identity.AddClaim(new Claim(WorkflowClaims.DisplayName, user.DisplayName));
        return identity;
    }
}
