using System.Text.Json.Nodes;

namespace WorkflowTalent.Server.Tasks;

// The bodies of the task commands: small wire records, kept together because each is one line.

/// <summary>Completes a task by one of its outcomes, with the form's data and a comment.</summary>
public sealed record CompleteRequest(string? Outcome, JsonObject? Data = null, string? Comment = null);

public sealed record CommentRequest(string? Text);

/// <summary>Names the official a task goes to (delegate, reassign).</summary>
public sealed record UserNameRequest(string? UserName);

/// <summary>Changes what the inbox shows; a null leaves the value as it is, <c>clearFollowUp</c> removes the follow-up date.</summary>
public sealed record TaskPatch(int? Priority = null, DateTimeOffset? FollowUp = null, bool ClearFollowUp = false);

/// <summary>
/// One action on several tasks: <c>taskIds</c>, and what the single action's body holds (outcome, data and comment
/// for complete; userName for reassign).
/// </summary>
public sealed record BulkRequest(IReadOnlyList<string>? TaskIds, string? Outcome = null, JsonObject? Data = null, string? Comment = null, string? UserName = null);

/// <summary>What happened to one task of a bulk request.</summary>
public sealed record BulkItemResult(string TaskId, int Status, TaskProblem? Problem = null);
