namespace WorkflowTalent.Testing.Tests;

/// <summary>Test classes in this collection share one PostgreSQL server, as the integration tests will.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresGroup : ICollectionFixture<PostgresFixture>
{
    public const string Name = "PostgreSQL";
}
