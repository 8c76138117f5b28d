namespace WorkflowTalent.Web.Api;

/// <summary>
/// A stand-in as <c>/api/substitutes</c> answers it: <see cref="UserName"/> is away from <see cref="From"/> to
/// <see cref="To"/>, <see cref="SubstituteUserName"/> meanwhile sees and acts on their tasks.
/// </summary>
public sealed record SubstituteView(string Id, string UserName, string SubstituteUserName, DateTimeOffset From, DateTimeOffset To, bool IsActive);
