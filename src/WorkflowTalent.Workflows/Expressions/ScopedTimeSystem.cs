using System.Globalization;
using Jint.Runtime;
using WorkflowTalent.Workflows.Time;

namespace WorkflowTalent.Workflows.Expressions;

/// <summary>Jint's clock and local zone: <c>new Date()</c> and <c>Date.now()</c> read the instance's clock, local time is Asia/Shanghai.</summary>
internal sealed class ScopedTimeSystem() : DefaultTimeSystem(ShanghaiTime.Zone, CultureInfo.InvariantCulture)
{
    /// <summary>The evaluating instance's clock; an engine serves one evaluation at a time.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    public override DateTimeOffset GetUtcNow() => Clock.GetUtcNow();
}
