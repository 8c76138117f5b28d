using Microsoft.AspNetCore.Identity;

namespace WorkflowTalent.Persistence.Users;

/// <summary>A person who signs in; the roles are Identity roles, the scope is where the policy lets the official act.</summary>
public sealed class WorkflowUser : IdentityUser
{
    public string? DisplayName { get; set; }

    /// <summary>The county, unit or department the official acts for; null for city-wide roles.</summary>
    public string? Scope { get; set; }

    /// <summary>zh-CN or en, for the user's e-mails.</summary>
    public string Culture { get; set; } = "zh-CN";
}
