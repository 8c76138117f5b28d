namespace WorkflowTalent.Persistence;

/// <summary>The providers <see cref="PersistenceServiceCollectionExtensions.AddWorkflowPersistence"/> accepts, as configuration names them.</summary>
public static class DatabaseProvider
{
    public const string Sqlite = "Sqlite";
    public const string PostgreSql = "PostgreSql";
    public const string SqlServer = "SqlServer";
}
