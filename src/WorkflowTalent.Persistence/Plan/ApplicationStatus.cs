namespace WorkflowTalent.Persistence.Plan;

/// <summary>Where a candidate's application stands, from the individual application to the end of training.</summary>
public enum ApplicationStatus
{
    /// <summary>R6.1: the individual applied.</summary>
    Applied = 1,

    /// <summary>R6.1: the county Organisation Department recommended the candidate.</summary>
    Recommended = 2,

    /// <summary>R6.4: the Municipal Organisation Department approved the candidate.</summary>
    Approved = 3,

    /// <summary>R6.3: receiving unit, department, mentor and research topic are set.</summary>
    Placed = 4,

    Rejected = 5,

    /// <summary>R15.2: the place was cancelled; the county's quota for next year is reduced.</summary>
    Cancelled = 6,

    /// <summary>R16.2: training extended; the trainee joins the next batch.</summary>
    Extended = 7,

    /// <summary>R16.1: training ended and the trainee returned to the original unit.</summary>
    Completed = 8,
}
