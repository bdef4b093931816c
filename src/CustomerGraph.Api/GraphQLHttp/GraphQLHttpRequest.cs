namespace CustomerGraph.Api.GraphQLHttp;

/// <summary>One well-formed GraphQL-over-HTTP request as read from a POST body or a GET query string.</summary>
internal sealed class GraphQLHttpRequest
{
    /// <summary>The document text; absent when the request names a persisted document instead.</summary>
    public string? Query { get; init; }

    /// <summary>The id of a trusted document (persisted documents appendix).</summary>
    public string? DocumentId { get; init; }

    public string? OperationName { get; init; }

    /// <summary>Variable values as <see cref="System.Text.Json.JsonElement"/>s of the request body.</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>The <c>sha256Hash</c> of <c>extensions.persistedQuery</c> (Apollo's automatic persisted queries), lower case.</summary>
    public string? PersistedQueryHash { get; init; }
}
