using WorkflowTalent.Mail;
using WorkflowTalent.Server.Access;
using WorkflowTalent.Server.Applications;
using WorkflowTalent.Server.Background;
using WorkflowTalent.Server.Definitions;
using WorkflowTalent.Server.Documents;
using WorkflowTalent.Server.Engine;
using WorkflowTalent.Server.Events;
using WorkflowTalent.Server.Files;
using WorkflowTalent.Server.Identity;
using WorkflowTalent.Server.Instances;
using WorkflowTalent.Server.Notifications;
using WorkflowTalent.Server.Plan;
using WorkflowTalent.Server.Problems;
using WorkflowTalent.Server.Storage;
using WorkflowTalent.Server.Tasks;
using WorkflowTalent.Web;

var builder = WebApplication.CreateBuilder(args);
var contentRoot = builder.Environment.ContentRootPath;

builder.Services.AddWorkflowProblems();
builder.Services.AddWorkflowStorage(builder.Configuration, contentRoot);
builder.Services.AddWorkflowEngine();
builder.Services.AddWorkflowIdentity(builder.Configuration);
builder.Services.AddWorkflowAccess();
builder.Services.AddWorkflowMail(options =>
{
    builder.Configuration.GetSection("Mail").Bind(options);
    options.PickupDirectory = Path.GetFullPath(options.PickupDirectory, contentRoot);
});
builder.Services.AddWorkflowDefinitions();
builder.Services.AddWorkflowInstances();
builder.Services.AddWorkflowTasks();
builder.Services.AddCaseFiles();
builder.Services.AddPlan();
builder.Services.AddApplications(builder.Configuration);
builder.Services.AddDocuments();
builder.Services.AddWorkflowBackground(builder.Configuration);
builder.Services.AddOpenApi();
builder.Services.AddWorkflowWeb();

var app = builder.Build();
await app.PrepareWorkflowServiceAsync();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();

app.MapOpenApi().AllowAnonymous();
app.MapHealthChecks("/health").AllowAnonymous();
app.MapAuthEndpoints();
app.MapDefinitionEndpoints();
app.MapInstanceEndpoints();
app.MapEventEndpoints();
app.MapTaskEndpoints();
app.MapFileEndpoints();
app.MapPlanApi();
app.MapApplicationsApi();
app.MapDocumentsApi();
app.MapNoticesApi();
app.MapBackgroundDashboard();
app.MapWorkflowWeb();

await app.RunAsync();

/// <summary>The service's entry point; public so integration tests can host it (WebApplicationFactory).</summary>
public partial class Program;
