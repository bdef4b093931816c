namespace CustomerGraph.GraphQL.DataLoading;

/// <summary>How a data loader batches and caches the keys it is asked for.</summary>
public sealed class DataLoaderOptions
{
    /// <summary>The options a loader uses when it is given none.</summary>
    internal static readonly DataLoaderOptions Default = new();

    private readonly int _maxBatchSize = 1000;

    /// <summary>
    /// The most keys one fetch receives; a larger batch is split into several fetches within the same dispatch.
    /// </summary>
    public int MaxBatchSize
    {
        get => _maxBatchSize;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _maxBatchSize = value;
        }
    }

    /// <summary>
    /// Whether a loaded key's result is kept for the rest of the request. Without it a key is only shared
    /// by the loads of one batch and is fetched again by a later dispatch.
    /// </summary>
    public bool Caching { get; init; } = true;
}
