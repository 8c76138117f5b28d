using Microsoft.EntityFrameworkCore;
using WorkflowTalent.Persistence.HumanTasks;
using WorkflowTalent.Persistence.Instances;
using WorkflowTalent.Testing;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Persistence.Tests;

/// <summary>On a real PostgreSQL server, one database per test.</summary>
public sealed class PostgreSqlWorkflowStoreFacts(PostgresFixture postgres) : EfWorkflowStoreFacts, IClassFixture<PostgresFixture>
{
    protected override string Provider => DatabaseProvider.PostgreSql;

    protected override Task<string> CreateDatabaseAsync() => postgres.Server.CreateDatabaseAsync($"store_{Guid.NewGuid():N}");

    // Only a server database lets two steps interleave: SQLite's write transaction locks the file from its start.
    [Fact]
    public void AnotherStepsJournalRow_ReachingTheUniqueIndexFirst_IsAConflict_NotAFault()
    {
        var instanceId = StartApproval().Instance.Id;
        using var late = Open();

        var refused = Assert.Throws<WorkflowRefusedException>(() => late.Committer.Commit(() =>
        {
            var staged = late.Host.CompleteTask(instanceId, "approve", Approve());
            // Another node's step commits while this one's rows are staged: it took the same journal sequence and
            // moved the revision, and the database reports the journal's unique index before the revision check.
            AnotherStepWroteTheNextJournalRow(instanceId, bumpRevision: true);
            return staged;
        }));

        Assert.Equal(RefusalReason.Conflict, refused.Reason);
        using var check = NewContext();
        Assert.Equal(HumanTaskStatus.Open, check.Tasks.Single().Status);
    }

    [Fact]
    public void AUniqueIndexFailure_WithoutAnotherStep_IsNotMistakenForAConflict()
    {
        var instanceId = StartApproval().Instance.Id;
        using var scope = Open();

        var failure = Assert.ThrowsAny<Exception>(() => scope.Committer.Commit(() =>
        {
            var staged = scope.Host.CompleteTask(instanceId, "approve", Approve());
            AnotherStepWroteTheNextJournalRow(instanceId, bumpRevision: false);
            return staged;
        }, retries: 2));

        // The database's own error (the journal's unique index), not a refusal and not a revision conflict.
        Assert.True(failure is System.Data.Common.DbException or DbUpdateException, failure.GetType().FullName);
        Assert.IsNotType<DbUpdateConcurrencyException>(failure);
        using var check = NewContext();
        Assert.Equal(HumanTaskStatus.Open, check.Tasks.Single().Status);
    }

    private void AnotherStepWroteTheNextJournalRow(string instanceId, bool bumpRevision)
    {
        using var other = NewContext();
        var next = other.Journal.Where(j => j.InstanceId == instanceId).Max(j => j.Sequence) + 1;
        other.Journal.Add(new JournalRecord
        {
            InstanceId = instanceId, Sequence = next, Time = Start, Activity = "approve", Type = "Elsa.Other", Event = "Other", EntryJson = "{}",
        });
        if (bumpRevision)
            other.Instances.Single(i => i.Id == instanceId).Revision++;
        other.SaveChanges();
    }
}
