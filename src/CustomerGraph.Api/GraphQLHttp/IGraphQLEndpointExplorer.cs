using Microsoft.AspNetCore.Http;

namespace CustomerGraph.Api.GraphQLHttp;

/// <summary>Answers a browser that opens the GraphQL endpoint itself (a GET asking for HTML, no query) with an explorer.</summary>
public interface IGraphQLEndpointExplorer
{
    /// <summary>Whether an explorer is configured, so a browser's visit gets a page rather than a GraphQL answer.</summary>
    bool IsEnabled => true;

    /// <summary>Writes the explorer page (or a redirect to it); false when no explorer is configured.</summary>
    Task<bool> TryServeAsync(HttpContext context);
}
