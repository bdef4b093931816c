namespace CustomerGraph.Api.GraphQLHttp;

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
