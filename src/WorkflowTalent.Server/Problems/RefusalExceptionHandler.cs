using Microsoft.AspNetCore.Diagnostics;
using WorkflowTalent.Workflows.Runtime;

namespace WorkflowTalent.Server.Problems;

/// <summary>A request the engine refused becomes an RFC 7807 problem with the engine's reason as its status.</summary>
internal sealed class RefusalExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not WorkflowRefusedException refused)
            return false;
        var status = StatusFor(refused.Reason);
        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Title = TitleFor(refused.Reason), Detail = refused.Message },
        });
    }

    public static int StatusFor(RefusalReason reason) => reason switch
    {
        RefusalReason.NotFound => StatusCodes.Status404NotFound,
        // What a caller may not do looks, to that caller, like something that is not there.
        RefusalReason.Forbidden => StatusCodes.Status404NotFound,
        RefusalReason.Conflict => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status422UnprocessableEntity,
    };

    private static string TitleFor(RefusalReason reason) => reason switch
    {
        RefusalReason.NotFound or RefusalReason.Forbidden => "Not found",
        RefusalReason.Conflict => "Conflict",
        _ => "Refused",
    };
}
