namespace WorkflowTalent.Server.Identity;

/// <summary>The demo users of the embedded default, and an administrator a production setup names in its configuration.</summary>
public sealed class DemoUserOptions
{
    public const string Section = "DemoUsers";

    /// <summary>Seed the demo users: null means only with the embedded SQLite default, never on a server database.</summary>
    public bool? Seed { get; set; }

    public string Password { get; set; } = "Yuxi-2026!";

    /// <summary>An administrator to create on start when missing (production: set by configuration, not seeded demo data).</summary>
    public string? AdministratorUserName { get; set; }

    public string? AdministratorPassword { get; set; }
}
