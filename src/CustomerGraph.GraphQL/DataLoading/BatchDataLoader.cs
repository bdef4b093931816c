namespace CustomerGraph.GraphQL.DataLoading;

/// <summary>
/// Loads one value per key (GreenDonut's batch loader), gathering the keys asked for by one level of resolvers into a single
/// <see cref="LoadBatchAsync"/> call and caching each key's load for the rest of the request.
/// </summary>
public abstract class BatchDataLoader<TKey, TValue> : IBatchFetcher<TKey, TValue?>
    where TKey : notnull
{
    private readonly DataLoaderCore<TKey, TValue?> _core;

    /// <summary>Creates a loader that dispatches through <paramref name="scheduler"/>.</summary>
    protected BatchDataLoader(BatchScheduler scheduler, DataLoaderOptions? options = null)
    {
        _core = new DataLoaderCore<TKey, TValue?>(scheduler, options, this);
    }

    /// <summary>Fetches the values of distinct <paramref name="keys"/>; a key left out of the result loads as default.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(
        IReadOnlyList<TKey> keys,
        CancellationToken cancellationToken
    );

    /// <summary>Loads the value of <paramref name="key"/> with the next dispatch, or default if the fetch has none.</summary>
    public Task<TValue?> LoadAsync(TKey key, CancellationToken cancellationToken = default) =>
        _core.LoadAsync(key, cancellationToken);

    /// <summary>Loads the values of <paramref name="keys"/>, in their order, with the next dispatch.</summary>
    public Task<IReadOnlyList<TValue?>> LoadAsync(
        IReadOnlyList<TKey> keys,
        CancellationToken cancellationToken = default
    ) => _core.LoadAsync(keys, cancellationToken);

    /// <summary>Caches <paramref name="value"/> for <paramref name="key"/> unless the key is already cached.</summary>
    public void Prime(TKey key, TValue value) => _core.Prime(key, value);

    /// <summary>Forgets the cached load of <paramref name="key"/>, so that the next load fetches it again.</summary>
    public void Remove(TKey key) => _core.Remove(key);

    /// <summary>Forgets every cached load.</summary>
    public void Clear() => _core.Clear();

    async Task IBatchFetcher<TKey, TValue?>.FetchAsync(
        IReadOnlyList<TKey> keys,
        TValue?[] results,
        CancellationToken cancellationToken
    )
    {
        var values =
            await LoadBatchAsync(keys, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException(
                $"{GetType().Name}.LoadBatchAsync returned null instead of a dictionary."
            );
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = values.TryGetValue(keys[i], out var value) ? value : default;
        }
    }
}
