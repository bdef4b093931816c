using System.Text.Json;
using System.Text.Json.Serialization;
using CustomerGraph.Api.Authentication;
using CustomerGraph.Api.RateLimiting;
using CustomerGraph.Customers.Common;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace CustomerGraph.Api.Rest;

/// <summary>
/// The REST Customer API v1 under <see cref="BasePath"/>: one route group holding every REST resource, and the error
/// object for every failure on its paths, including those the framework answers itself (an unknown path, a wrong
/// method, an exception).
/// </summary>
public static class RestApi
{
    /// <summary>The base path of every REST endpoint.</summary>
    public const string BasePath = "/customer/v1";

    /// <summary>The largest request body accepted; a customer with every custom field filled stays far below it.</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    /// <summary>True for a path of the REST APIs: the Customer API or the Custom Fields API.</summary>
    public static bool IsRestPath(PathString path) =>
        path.StartsWithSegments(BasePath) || path.StartsWithSegments(CustomFieldsApi.BasePath);

    /// <summary>
    /// Registers the exception handler that answers REST paths with the error object, and the JSON spelling of REST
    /// bodies.
    /// </summary>
    public static IServiceCollection AddRestApi(this IServiceCollection services) =>
        services
            .AddExceptionHandler<RestExceptionHandler>()
            .ConfigureHttpJsonOptions(options =>
            {
                // Enums travel as the graph spells them (RENTAL_COMPANY), in bodies and in the API description alike.
                options.SerializerOptions.Converters.Add(
                    new JsonStringEnumConverter(EnumNames.Policy, allowIntegerValues: false)
                );
                // Numbers are JSON numbers only, so the API description does not offer "integer or string".
                options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            });

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

    /// <summary>
    /// Maps the customers, contacts and customer assets endpoints in one group with the rate limit, and the Custom
    /// Fields API's endpoints in another under its own base path. A status every
    /// REST operation can answer is declared once on the group: 401 <c>unauthenticated</c> (every endpoint needs an
    /// account), 500 <c>internal_error</c>, and 503 <c>authentication_unavailable</c> where it can happen, with an
    /// authority whose keys are fetched (<see cref="RestRateLimiting.WithRateLimit"/> declares 429).
    /// </summary>
    public static IEndpointRouteBuilder MapRestApi(this IEndpointRouteBuilder app)
    {
        Group(app, BasePath).MapCustomersApi().MapContactsApi().MapCustomerAssetsApi();
        // The Custom Fields API v1 lives under a base path of its own, with the same rules as the Customer API.
        Group(app, CustomFieldsApi.BasePath).MapCustomFieldsApi();
        return app;
    }

    private static RouteGroupBuilder Group(IEndpointRouteBuilder app, string basePath)
    {
        // RestBody enforces MaxBodyBytes itself and drains the rest of a larger body, so the client reads the 413
        // instead of a connection reset mid-upload; Kestrel's own limit bounds the draining.
        var v1 = app.MapGroup(basePath)
            .WithRateLimit()
            .ProducesError(StatusCodes.Status401Unauthorized)
            .ProducesError(StatusCodes.Status500InternalServerError);
        if (
            !string.IsNullOrWhiteSpace(
                app.ServiceProvider.GetRequiredService<AccountAuthenticationOptions>().Authority
            )
        )
            v1.ProducesError(StatusCodes.Status503ServiceUnavailable);
        return v1;
    }

    /// <summary>Declares that every endpoint of <paramref name="group"/> may answer <paramref name="status"/> with the error object.</summary>
    public static RouteGroupBuilder ProducesError(this RouteGroupBuilder group, int status) =>
        group.WithMetadata(new ProducesResponseTypeMetadata(status, typeof(RestError), ["application/json"]));
}
