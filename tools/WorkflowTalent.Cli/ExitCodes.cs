namespace WorkflowTalent.Cli;

/// <summary>What <c>wt</c> exits with; scripts and CI read these.</summary>
internal static class ExitCodes
{
    /// <summary>Every file is valid; every expectation of the script held.</summary>
    public const int Success = 0;

    /// <summary>A file has errors (validate), or an expectation failed or a step was refused (simulate).</summary>
    public const int Failure = 1;

    /// <summary>The command could not run: bad arguments, a missing or unreadable file, an invalid definition or script.</summary>
    public const int BadInput = 2;
}
