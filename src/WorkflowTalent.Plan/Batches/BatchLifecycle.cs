namespace WorkflowTalent.Plan.Batches;

/// <summary>The batch's state machine: the only moves allowed, each with the requirement that opens it.</summary>
public static class BatchLifecycle
{
    private static readonly IReadOnlyDictionary<(BatchState From, BatchState To), string> Transitions =
        new Dictionary<(BatchState, BatchState), string>
        {
            // R6.1: the quota is set; counties recommend candidates.
            [(BatchState.Planning, BatchState.Recruiting)] = "R6.1",

            // R6.5, R7.1: the approved trainees report in and train full time.
            [(BatchState.Recruiting, BatchState.Training)] = "R6.5",

            // R16.1: training ends and trainees return to their original units.
            [(BatchState.Training, BatchState.Closed)] = "R16.1",
        };

    public static bool CanMove(BatchState from, BatchState to) => Transitions.ContainsKey((from, to));

    public static IEnumerable<BatchState> NextStates(BatchState from) =>
        Transitions.Keys.Where(k => k.From == from).Select(k => k.To);

    public static PlanResult<Batch> Move(Batch batch, BatchState to)
    {
        if (Transitions.ContainsKey((batch.State, to)))
        {
            return new PlanResult<Batch>(batch with { State = to });
        }

        // The refusal cites the requirement the wanted state stands for.
        var ruleId = to switch
        {
            BatchState.Recruiting => "R6.1",
            BatchState.Training => "R6.5",
            BatchState.Closed => "R16.1",
            _ => "R3.1",
        };
        return new PlanResult<Batch>(new Refusal(
            ruleId,
            new BilingualText(
                $"{batch.Year} 年批次处于「{batch.State.NameZh()}」阶段，不能转为「{to.NameZh()}」",
                $"The {batch.Year} batch is {batch.State.NameEn()} and cannot move to {to.NameEn()}")));
    }
}
