using System.Text.Json;
using CustomerGraph.Api.GraphQLHttp;
using CustomerGraph.Api.Rest;
using CustomerGraph.Customers.Data;

namespace CustomerGraph.Api.Resilience;

/// <summary>
/// What a request gets when a store it needs cannot be reached: GraphQL <c>SERVICE_UNAVAILABLE</c> (a field error
/// from a resolver, or the whole response with status 503 when the fault came before execution), REST 503
/// <c>service_unavailable</c>, both with <c>Retry-After</c>. Never a 500: the fault is the store's, and passes.
/// </summary>
public static class ServiceUnavailable
{
    /// <summary>The message clients read; it promises nothing about the store beyond "try again".</summary>
    public const string Message =
        "The service cannot reach its database right now; nothing was changed. Retry shortly.";

    /// <summary>Seconds a client should wait before repeating the request.</summary>
    public const string RetryAfterSeconds = "2";

    /// <summary>Whether <paramref name="exception"/> means a store is unavailable for now (see <see cref="DatabaseFaults"/>).</summary>
    public static bool IsUnavailable(Exception exception) => DatabaseFaults.IsUnavailable(exception);

    /// <summary>
    /// Answers an unavailable-store fault thrown anywhere after this point of the pipeline (account provisioning,
    /// REST endpoints) with 503 and <c>Retry-After</c>; other exceptions pass on unchanged.
    /// </summary>
    public static IApplicationBuilder UseServiceUnavailable(this IApplicationBuilder app) =>
        app.Use(
            async (context, next) =>
            {
                try
                {
                    await next(context);
                }
                catch (Exception exception) when (IsUnavailable(exception) && !context.Response.HasStarted)
                {
                    context
                        .RequestServices.GetRequiredService<ILoggerFactory>()
                        .CreateLogger(typeof(ServiceUnavailable))
                        .LogWarning(
                            "Request {RequestId} answered 503: {Fault}",
                            context.TraceIdentifier,
                            exception.Message
                        );
                    await WriteAsync(context);
                }
            }
        );

    private static async Task WriteAsync(HttpContext context)
    {
        context.Response.Clear();
        context.Response.Headers.RetryAfter = RetryAfterSeconds;
        if (RestApi.IsRestPath(context.Request.Path))
        {
            await RestError.ServiceUnavailable().ToResult().ExecuteAsync(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            errors = new[]
            {
                new { message = Message, extensions = new { code = HttpErrorCodes.ServiceUnavailable } },
            },
        };
        await context.Response.WriteAsync(JsonSerializer.Serialize(body), context.RequestAborted);
    }
}
