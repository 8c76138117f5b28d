namespace WorkflowTalent.Server.Files;

public static class FilesModule
{
    /// <summary>Files attached to cases, per request (over the request's DbContext).</summary>
    public static IServiceCollection AddCaseFiles(this IServiceCollection services) => services.AddScoped<CaseFiles>();
}
