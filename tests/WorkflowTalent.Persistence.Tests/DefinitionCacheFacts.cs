using Microsoft.Extensions.Time.Testing;

namespace WorkflowTalent.Persistence.Tests;

public sealed class DefinitionCacheFacts
{
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public void PublishedVersion_IsTrusted_ForItsLifetime_ThenAskedAgain()
    {
        var cache = new DefinitionCache(_clock);
        cache.SetPublished("talent-leave", 3, cache.Generation);

        _clock.Advance(DefinitionCache.PublishedVersionLifetime - TimeSpan.FromMilliseconds(1));
        Assert.True(cache.TryGetPublished("talent-leave", out var version));
        Assert.Equal(3, version);

        _clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.False(cache.TryGetPublished("talent-leave", out _));
    }

    [Fact]
    public void PublishedVersion_ReadBeforeADefinitionChanged_IsNotRemembered()
    {
        // A start read version 3 while a publish of version 4 committed: what it read must not stand in for 2 seconds.
        var cache = new DefinitionCache(_clock);
        var generation = cache.Generation;
        cache.ForgetPublished();
        cache.SetPublished("talent-leave", 3, generation);

        Assert.False(cache.TryGetPublished("talent-leave", out _));
    }

    [Fact]
    public void ForgetPublished_DropsEveryRememberedVersion()
    {
        var cache = new DefinitionCache(_clock);
        cache.SetPublished("talent-leave", 3, cache.Generation);
        cache.SetPublished("talent-year", null, cache.Generation);

        cache.ForgetPublished();

        Assert.False(cache.TryGetPublished("talent-leave", out _));
        Assert.False(cache.TryGetPublished("talent-year", out _));
    }
}
