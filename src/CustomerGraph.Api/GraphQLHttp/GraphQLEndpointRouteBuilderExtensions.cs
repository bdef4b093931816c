using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerGraph.Api.GraphQLHttp;

/// <summary>Maps the GraphQL-over-HTTP endpoint.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <paramref name="pattern"/> for every method (unsupported ones answer 405 with Allow) and
    /// <c>{pattern}/schema.graphql</c> for the SDL. Builds the schema now, so a broken one stops start-up.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(
        this IEndpointRouteBuilder endpoints,
        string pattern = "/graphql"
    )
    {
        var handler = endpoints.ServiceProvider.GetRequiredService<GraphQLHttpHandler>();
        endpoints.MapGet(
            pattern.TrimEnd('/') + "/schema.graphql",
            context => handler.WriteSdlAsync(context, asFile: true)
        );
        return endpoints.Map(pattern, handler.HandleAsync);
    }
}
