namespace CustomerGraph.Api.GraphQLHttp;

/// <summary>
/// Documents registered by clients under their SHA-256 (Apollo's automatic persisted queries), bounded:
/// the least recently used are forgotten first, and a client that misses simply registers again. One host's
/// store, the default when no Redis is configured.
/// </summary>
public sealed class AutomaticPersistedQueryStore(int capacity) : IAutomaticPersistedQueryStore
{
    private readonly Dictionary<string, LinkedListNode<(string Hash, string Document)>> _entries = new(
        StringComparer.Ordinal
    );
    private readonly LinkedList<(string Hash, string Document)> _recency = new();
    private readonly Lock _lock = new();

    public int Capacity { get; } = Math.Max(1, capacity);

    public int Count
    {
        get
        {
            lock (_lock)
                return _entries.Count;
        }
    }

    /// <summary>The document registered under a lower-case hex hash, if still kept.</summary>
    public string? TryGet(string hash)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(hash, out var node))
                return null;
            _recency.Remove(node);
            _recency.AddFirst(node);
            return node.Value.Document;
        }
    }

    /// <summary>Registers a document whose hash the caller has verified.</summary>
    public void Add(string hash, string document)
    {
        lock (_lock)
        {
            if (_entries.ContainsKey(hash))
                return;
            _entries[hash] = _recency.AddFirst((hash, document));
            if (_entries.Count > Capacity)
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Hash);
            }
        }
    }

    public ValueTask<string?> TryGetAsync(string hash, CancellationToken cancellationToken) =>
        ValueTask.FromResult(TryGet(hash));

    public ValueTask AddAsync(string hash, string document, CancellationToken cancellationToken)
    {
        Add(hash, document);
        return ValueTask.CompletedTask;
    }
}
