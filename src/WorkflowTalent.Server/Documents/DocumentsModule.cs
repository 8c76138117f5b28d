namespace WorkflowTalent.Server.Documents;

public static class DocumentsModule
{
    /// <summary>The plan's forms as files (R6.1, R6.4, R11.1, R14.1) and the import of a county's 汇总表.</summary>
    public static IServiceCollection AddDocuments(this IServiceCollection services)
    {
        services.AddScoped<ApplicationDocuments>();
        services.AddScoped<SummaryTableIntake>();
        return services;
    }
}
