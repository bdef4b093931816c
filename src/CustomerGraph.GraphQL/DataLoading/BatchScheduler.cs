namespace CustomerGraph.GraphQL.DataLoading;

/// <summary>
/// Collects the pending batches of every data loader of one request and dispatches them together, so that the
/// executor turns each level of a query into one fetch per loader.
/// </summary>
/// <remarks>
/// The executor runs all ready resolver work and, when nothing is ready but <see cref="HasPendingBatches"/>,
/// awaits <see cref="DispatchAsync"/>. Loaders register themselves when they receive their first pending key.
/// Resolvers resume inline only where no SynchronizationContext is captured by their awaits (as in ASP.NET Core);
/// under one, their continuations are posted to it instead and run after the dispatch.
/// </remarks>
public sealed class BatchScheduler
{
    private readonly Lock _gate = new();
    private readonly List<IBatchSource> _loadersWithPendingKeys = [];
    private int _dispatchedBatchCount;

    /// <summary>Set while a dispatch waits for its fetches: completed when a loader receives pending keys.</summary>
    private TaskCompletionSource? _keysPending;

    /// <summary>Whether any registered loader holds keys that no dispatch has fetched yet.</summary>
    public bool HasPendingBatches
    {
        get
        {
            lock (_gate)
            {
                return _loadersWithPendingKeys.Count > 0;
            }
        }
    }

    /// <summary>The number of fetches made so far, counting each part of a split batch.</summary>
    public int DispatchedBatchCount => Volatile.Read(ref _dispatchedBatchCount);

    /// <summary>
    /// Fetches every pending batch concurrently, waits for all of them, then completes every waiting load
    /// on this thread with continuations running inline, so that each resolver resumed here has run its
    /// synchronous continuation before the returned task completes. Keys requested while completing go to
    /// the next dispatch. A fetch that loads through other loaders (a batch function built on DataLoaders, as entity
    /// resolution is) has those keys dispatched while it runs, since it waits for them. A failed or canceled fetch
    /// never throws here: its loads carry the outcome.
    /// </summary>
    public async Task DispatchAsync(CancellationToken cancellationToken)
    {
        IBatchSource[] loaders;
        lock (_gate)
        {
            if (_loadersWithPendingKeys.Count == 0)
            {
                return;
            }
            loaders = _loadersWithPendingKeys.ToArray();
            _loadersWithPendingKeys.Clear();
        }

        var batches = new List<PendingBatch>(loaders.Length);
        foreach (var loader in loaders)
        {
            loader.TakePendingBatches(batches);
        }

        if (!cancellationToken.IsCancellationRequested)
        {
            var fetches = new Task[batches.Count];
            for (var i = 0; i < fetches.Length; i++)
            {
                fetches[i] = batches[i].StartFetch(cancellationToken);
            }
            Interlocked.Add(ref _dispatchedBatchCount, fetches.Length);

            var fetched = Task.WhenAll(fetches);
            while (!fetched.IsCompleted && await KeysPendingDuringAsync(fetched))
            {
                await DispatchAsync(cancellationToken);
            }

            // Failures are read from each fetch task when completing its batch, so the aggregate must not throw.
            await fetched.ConfigureAwait(
                ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ContinueOnCapturedContext
            );
        }

        foreach (var batch in batches)
        {
            batch.Complete(cancellationToken);
        }
    }

    /// <summary>Called by a loader, under its own lock, when it receives its first pending key.</summary>
    internal void Register(IBatchSource loader)
    {
        lock (_gate)
        {
            _loadersWithPendingKeys.Add(loader);
            _keysPending?.TrySetResult();
            _keysPending = null;
        }
    }

    /// <summary>
    /// Waits until <paramref name="fetched"/> completes (false) or some loader holds pending keys (true). Keys a fetch
    /// requests before its first await are already pending when this is first called, so they make one batch.
    /// </summary>
    private async Task<bool> KeysPendingDuringAsync(Task fetched)
    {
        Task pending;
        lock (_gate)
        {
            if (_loadersWithPendingKeys.Count > 0)
            {
                return true;
            }
            _keysPending = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            pending = _keysPending.Task;
        }
        var first = await Task.WhenAny(fetched, pending);
        lock (_gate)
        {
            _keysPending = null;
        }
        return first == pending;
    }
}

/// <summary>A loader as the scheduler sees it: something that can hand over its pending keys as batches.</summary>
internal interface IBatchSource
{
    /// <summary>Moves every pending key into <paramref name="batches"/>, split by the maximum batch size.</summary>
    void TakePendingBatches(List<PendingBatch> batches);
}

/// <summary>One fetch's worth of keys taken from a loader by a dispatch.</summary>
internal abstract class PendingBatch
{
    /// <summary>Starts the fetch; a fetch that throws synchronously yields a faulted task instead.</summary>
    public abstract Task StartFetch(CancellationToken cancellationToken);

    /// <summary>Completes the batch's loads with the fetch's outcome, or cancels them if none was started.</summary>
    public abstract void Complete(CancellationToken cancellationToken);
}
