namespace CustomerGraph.GraphQL.DataLoading;

/// <summary>A <see cref="BatchDataLoader{TKey, TValue}"/> whose batch fetch is a delegate.</summary>
public sealed class FetchBatchDataLoader<TKey, TValue> : BatchDataLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly Func<
        IReadOnlyList<TKey>,
        CancellationToken,
        Task<IReadOnlyDictionary<TKey, TValue>>
    > _loadBatch;

    /// <summary>Creates a loader that fetches each batch with <paramref name="loadBatch"/>.</summary>
    public FetchBatchDataLoader(
        BatchScheduler scheduler,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> loadBatch,
        DataLoaderOptions? options = null
    )
        : base(scheduler, options)
    {
        ArgumentNullException.ThrowIfNull(loadBatch);
        _loadBatch = loadBatch;
    }

    protected override Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(
        IReadOnlyList<TKey> keys,
        CancellationToken cancellationToken
    ) => _loadBatch(keys, cancellationToken);
}
