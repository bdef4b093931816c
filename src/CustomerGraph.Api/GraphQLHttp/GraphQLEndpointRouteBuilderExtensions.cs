using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerGraph.Api.GraphQLHttp;

/// <summary>Maps the GraphQL-over-HTTP endpoint.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <paramref name="pattern"/> for every method (unsupported ones answer 405 with Allow) and
    /// <c>{pattern}/schema.graphql</c> for the SDL. Builds the schema now, so a broken one stops start-up. Both
    /// answer requests without an account with a GraphQL <c>UNAUTHENTICATED</c> error.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(
        this IEndpointRouteBuilder endpoints,
        string pattern = "/graphql"
    )
    {
        var handler = endpoints.ServiceProvider.GetRequiredService<GraphQLHttpHandler>();
        var challenge = new GraphQLAccountChallenge(
            endpoints.ServiceProvider.GetService<IGraphQLEndpointExplorer>()
        );
        endpoints
            .MapGet(
                pattern.TrimEnd('/') + "/schema.graphql",
                context => handler.WriteSdlAsync(context, asFile: true)
            )
            .WithMetadata(challenge);
        return endpoints.Map(pattern, handler.HandleAsync).WithMetadata(challenge);
    }
}
