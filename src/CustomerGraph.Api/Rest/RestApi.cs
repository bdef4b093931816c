using CustomerGraph.Api.RateLimiting;
using Microsoft.AspNetCore.Mvc;

namespace CustomerGraph.Api.Rest;

/// <summary>
/// The REST Customer API v1 under <c>/customer/v1</c>: its endpoints, and the error object for every failure on its
/// paths, including those the framework answers itself (an unknown path, a wrong method, an exception).
/// </summary>
public static class RestApi
{
    /// <summary>The base path of every REST endpoint.</summary>
    public const string BasePath = "/customer/v1";

    /// <summary>The largest request body accepted; a customer with every custom field filled stays far below it.</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    /// <summary>True for a path of the REST API.</summary>
    public static bool IsRestPath(PathString path) => path.StartsWithSegments(BasePath);

    /// <summary>Registers the exception handler that answers REST paths with the error object.</summary>
    public static IServiceCollection AddRestApi(this IServiceCollection services) =>
        services.AddExceptionHandler<RestExceptionHandler>();

    /// <summary>
    /// On REST paths only: exceptions become the error object (<see cref="RestExceptionHandler"/>), and a bare
    /// error status the framework set without a body (no route 404, 405, a body too large) gets one too.
    /// </summary>
    public static IApplicationBuilder UseRestErrors(this IApplicationBuilder app) =>
        app.UseWhen(
            context => IsRestPath(context.Request.Path),
            rest =>
                rest.UseExceptionHandler(
                        new ExceptionHandlerOptions
                        {
                            // The middleware demands a handler of its own; RestExceptionHandler answers first on these paths.
                            ExceptionHandler = context =>
                                RestError
                                    .InternalError(context.TraceIdentifier)
                                    .ToResult()
                                    .ExecuteAsync(context),
                        }
                    )
                    .UseStatusCodePages(context =>
                        RestError
                            .ForStatus(context.HttpContext.Response.StatusCode)
                            .ToResult()
                            .ExecuteAsync(context.HttpContext)
                    )
        );

    /// <summary>Maps the customers, contacts and customer assets endpoints with the rate limit.</summary>
    public static IEndpointRouteBuilder MapRestApi(this IEndpointRouteBuilder app)
    {
        // RestBody enforces MaxBodyBytes itself and drains the rest of a larger body, so the client reads the 413
        // instead of a connection reset mid-upload; Kestrel's own limit bounds the draining.
        var rest = app.MapGroup(BasePath).WithRateLimit();
        rest.MapCustomersApi();
        rest.MapContactsApi();
        rest.MapCustomerAssetsApi();
        return app;
    }
}
