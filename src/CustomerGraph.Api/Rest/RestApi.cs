using System.Text.Json;
using System.Text.Json.Serialization;

namespace CustomerGraph.Api.Rest;

/// <summary>The REST Customer API v1: one route group under <see cref="BasePath"/> holding every REST resource.</summary>
public static class RestApi
{
    /// <summary>The path every REST route starts with.</summary>
    public const string BasePath = "/customer/v1";

    public static IServiceCollection AddRestApi(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(options =>
        {
            // Enums travel as the graph spells them (RENTAL_COMPANY), in bodies and in the API description alike.
            options.SerializerOptions.Converters.Add(
                new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper, allowIntegerValues: false)
            );
            // Numbers are JSON numbers only, so the API description does not offer "integer or string".
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });

    public static IEndpointRouteBuilder MapRestApi(this IEndpointRouteBuilder app)
    {
        // Conventions on this group reach every REST operation: a status any of them can answer (401, 429) is one
        // WithMetadata(new ProducesResponseTypeMetadata(status, typeof(RestError), ["application/json"])) here.
        var v1 = app.MapGroup(BasePath);
        v1.MapCustomersApi();
        return app;
    }
}
