namespace CustomerGraph.Api.GraphQLHttp;

/// <summary>Where the schema comes from (configuration section <c>GraphQL</c>).</summary>
public sealed class GraphQLServerOptions
{
    public const string Section = "GraphQL";

    /// <summary>Folder of the SDL files (<c>*.graphql</c>, read recursively); relative paths start at the application's folder.</summary>
    public string SchemaDirectory { get; set; } = "schema";
}

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

/// <summary>Automatic persisted queries and trusted documents (configuration section <c>GraphQL:PersistedOperations</c>).</summary>
public sealed class PersistedOperationOptions
{
    public const string Section = "GraphQL:PersistedOperations";

    /// <summary>Whether clients may register documents by hash (Apollo's automatic persisted queries).</summary>
    public bool EnableAutomaticPersistedQueries { get; set; } = true;

    /// <summary>Most documents the automatic store keeps; the least recently used are forgotten first.</summary>
    public int AutomaticPersistedQueryCacheSize { get; set; } = 1000;

    /// <summary>Folder of trusted documents: <c>&lt;id&gt;.graphql</c> files and JSON manifests; none when empty.</summary>
    public string? TrustedDocumentsDirectory { get; set; }

    /// <summary>Production switch: only trusted documents run, ad-hoc documents are refused.</summary>
    public bool OnlyTrustedDocuments { get; set; }
}
