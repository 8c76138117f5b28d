namespace WorkflowTalent.Plan.ReferenceData;

/// <summary>A township (乡/镇) or street (街道). Remote townships get the quota tilt of R3.4 and the relaxed age limit of R5.1.</summary>
public sealed record Township(string Name, bool IsRemote);
