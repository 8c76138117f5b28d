namespace WorkflowTalent.Plan.Quotas;

/// <summary>R3.4, R6.1: a county recommends at most as many candidates as it has places.</summary>
public static class QuotaCheck
{
    public static Refusal? Check(QuotaAllocation allocation, string county, int recommended)
    {
        var line = allocation.LineOf(county);
        var places = line?.Places ?? 0;
        if (recommended <= places)
        {
            return null;
        }

        var english = line?.County.EnglishName ?? county;
        return new Refusal(
            "R3.4",
            new BilingualText(
                $"{county}本批次名额 {places} 人，推荐 {recommended} 人，超出名额（R3.4、R6.1）",
                $"{english} has {places} places in this batch but recommends {recommended} candidates (R3.4, R6.1)"));
    }
}
