using Microsoft.AspNetCore.Diagnostics;

namespace CustomerGraph.Api.Rest;

/// <summary>
/// Answers an exception on a REST path with the error object: a request the server refused while reading it
/// (<see cref="BadHttpRequestException"/>: a body too large, cut short, too slow) with its own status, anything else
/// as 500 <c>internal_error</c> without any detail of the fault, which goes to the log with the request id.
/// </summary>
public sealed class RestExceptionHandler(ILogger<RestExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(
        HttpContext httpContext,
        Exception exception,
        CancellationToken cancellationToken
    )
    {
        if (!RestApi.IsRestPath(httpContext.Request.Path))
            return false;
        RestError error;
        if (exception is BadHttpRequestException badRequest)
        {
            logger.LogInformation(
                "REST request {RequestId} refused with {Status}: {Reason}",
                httpContext.TraceIdentifier,
                badRequest.StatusCode,
                badRequest.Message
            );
            error = RestError.ForStatus(badRequest.StatusCode, badRequest.Message);
        }
        else
        {
            logger.LogError(exception, "REST request {RequestId} failed", httpContext.TraceIdentifier);
            error = RestError.InternalError(httpContext.TraceIdentifier);
        }
        await error.ToResult().ExecuteAsync(httpContext);
        return true;
    }
}
