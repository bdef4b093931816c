namespace CustomerGraph.Api.GraphQLHttp;

/// <summary>
/// Where documents registered by hash (Apollo's automatic persisted queries) are kept: in the host's memory
/// (<see cref="AutomaticPersistedQueryStore"/>) by default, in Redis for every host when it is configured. A store
/// that cannot answer behaves as if it had forgotten the document: the client sends it again.
/// </summary>
public interface IAutomaticPersistedQueryStore
{
    /// <summary>The document registered under a lower-case hex hash, if still kept.</summary>
    ValueTask<string?> TryGetAsync(string hash, CancellationToken cancellationToken);

    /// <summary>Registers a document whose hash the caller has verified.</summary>
    ValueTask AddAsync(string hash, string document, CancellationToken cancellationToken);
}
