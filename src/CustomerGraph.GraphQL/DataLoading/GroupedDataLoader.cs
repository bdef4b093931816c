namespace CustomerGraph.GraphQL.DataLoading;

/// <summary>
/// Loads the many values that belong to each key (a one-to-many relation; GreenDonut's group loader), batching and
/// caching like <see cref="BatchDataLoader{TKey, TValue}"/>.
/// </summary>
public abstract class GroupedDataLoader<TKey, TValue> : IBatchFetcher<TKey, IReadOnlyList<TValue>>
    where TKey : notnull
{
    private readonly DataLoaderCore<TKey, IReadOnlyList<TValue>> _core;

    /// <summary>Creates a loader that dispatches through <paramref name="scheduler"/>.</summary>
    protected GroupedDataLoader(BatchScheduler scheduler, DataLoaderOptions? options = null)
    {
        _core = new DataLoaderCore<TKey, IReadOnlyList<TValue>>(scheduler, options, this);
    }

    /// <summary>Fetches the values of distinct <paramref name="keys"/>, grouped by key; a missing key has none.</summary>
    protected abstract Task<ILookup<TKey, TValue>> LoadGroupedBatchAsync(
        IReadOnlyList<TKey> keys,
        CancellationToken cancellationToken
    );

    /// <summary>Loads the values of <paramref name="key"/> with the next dispatch; empty if the fetch has none.</summary>
    public Task<IReadOnlyList<TValue>> LoadAsync(TKey key, CancellationToken cancellationToken = default) =>
        _core.LoadAsync(key, cancellationToken);

    /// <summary>Caches <paramref name="values"/> for <paramref name="key"/> unless the key is already cached.</summary>
    public void Prime(TKey key, IReadOnlyList<TValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _core.Prime(key, values);
    }

    /// <summary>Forgets the cached load of <paramref name="key"/>, so that the next load fetches it again.</summary>
    public void Remove(TKey key) => _core.Remove(key);

    /// <summary>Forgets every cached load.</summary>
    public void Clear() => _core.Clear();

    async Task IBatchFetcher<TKey, IReadOnlyList<TValue>>.FetchAsync(
        IReadOnlyList<TKey> keys,
        IReadOnlyList<TValue>[] results,
        CancellationToken cancellationToken
    )
    {
        var groups =
            await LoadGroupedBatchAsync(keys, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException(
                $"{GetType().Name}.LoadGroupedBatchAsync returned null instead of a lookup."
            );
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = groups.Contains(keys[i]) ? ToList(groups[keys[i]]) : [];
        }
    }

    private static IReadOnlyList<TValue> ToList(IEnumerable<TValue> group)
    {
        switch (group)
        {
            case IReadOnlyList<TValue> list:
                return list;
            case ICollection<TValue> collection:
                var copy = new TValue[collection.Count];
                collection.CopyTo(copy, 0);
                return copy;
            default:
                return [.. group];
        }
    }
}
