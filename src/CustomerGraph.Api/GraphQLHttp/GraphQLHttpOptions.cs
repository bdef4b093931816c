namespace CustomerGraph.Api.GraphQLHttp;

/// <summary>Limits and switches of the HTTP transport (configuration section <c>GraphQL:Http</c>).</summary>
public sealed class GraphQLHttpOptions
{
    public const string Section = "GraphQL:Http";

    /// <summary>Largest accepted POST body in bytes; larger ones are answered with 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Whether a JSON array of requests may be sent in one POST.</summary>
    public bool EnableBatching { get; set; } = true;

    /// <summary>Most requests one batch may carry.</summary>
    public int MaxBatchSize { get; set; } = 20;

    /// <summary>Whether queries may be sent with GET (mutations never may).</summary>
    public bool EnableGet { get; set; } = true;
}
