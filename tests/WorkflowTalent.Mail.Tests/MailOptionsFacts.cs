namespace WorkflowTalent.Mail.Tests;

public sealed class MailOptionsFacts
{
    [Fact]
    public void BackOffAfter_RepeatsTheLastStep_PastTheSchedule()
    {
        var options = new MailOptions();

        Assert.Equal(TimeSpan.FromMinutes(1), options.BackOffAfter(1));
        Assert.Equal(TimeSpan.FromHours(12), options.BackOffAfter(5));
        Assert.Equal(TimeSpan.FromHours(12), options.BackOffAfter(9));
    }
}
