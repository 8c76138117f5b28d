namespace WorkflowTalent.Plan.Batches;

public static class BatchStateNames
{
    public static string NameZh(this BatchState state) => state switch
    {
        BatchState.Planning => "计划",
        BatchState.Recruiting => "推荐选拔",
        BatchState.Training => "研修",
        BatchState.Closed => "结束",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    public static string NameEn(this BatchState state) => state switch
    {
        BatchState.Planning => "planning",
        BatchState.Recruiting => "recruiting",
        BatchState.Training => "training",
        BatchState.Closed => "closed",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };
}
