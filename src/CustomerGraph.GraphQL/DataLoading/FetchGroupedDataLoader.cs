namespace CustomerGraph.GraphQL.DataLoading;

/// <summary>A <see cref="GroupedDataLoader{TKey, TValue}"/> whose batch fetch is a delegate.</summary>
public sealed class FetchGroupedDataLoader<TKey, TValue> : GroupedDataLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly Func<
        IReadOnlyList<TKey>,
        CancellationToken,
        Task<ILookup<TKey, TValue>>
    > _loadGroupedBatch;

    /// <summary>Creates a loader that fetches each batch with <paramref name="loadGroupedBatch"/>.</summary>
    public FetchGroupedDataLoader(
        BatchScheduler scheduler,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> loadGroupedBatch,
        DataLoaderOptions? options = null
    )
        : base(scheduler, options)
    {
        ArgumentNullException.ThrowIfNull(loadGroupedBatch);
        _loadGroupedBatch = loadGroupedBatch;
    }

    protected override Task<ILookup<TKey, TValue>> LoadGroupedBatchAsync(
        IReadOnlyList<TKey> keys,
        CancellationToken cancellationToken
    ) => _loadGroupedBatch(keys, cancellationToken);
}
