namespace WorkflowTalent.Testing;

/// <summary>An external program (apt-get, initdb, pg_ctl, aiosmtpd) failed, timed out or could not start.</summary>
public sealed class ExternalCommandException : Exception
{
    public ExternalCommandException()
    {
    }

    public ExternalCommandException(string message)
        : base(message)
    {
    }

    public ExternalCommandException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
