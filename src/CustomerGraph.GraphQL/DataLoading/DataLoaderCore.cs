namespace CustomerGraph.GraphQL.DataLoading;

/// <summary>Fetches one batch of keys for a loader, writing the result for <c>keys[i]</c> to <c>results[i]</c>.</summary>
internal interface IBatchFetcher<TKey, TResult>
{
    Task FetchAsync(IReadOnlyList<TKey> keys, TResult[] results, CancellationToken cancellationToken);
}

/// <summary>
/// The batching and caching shared by every loader: one task per distinct key, pending keys gathered into one
/// batch until the scheduler dispatches it, and a per-request cache of those tasks.
/// </summary>
internal sealed class DataLoaderCore<TKey, TResult> : IBatchSource
    where TKey : notnull
{
    private static readonly Task<IReadOnlyList<TResult>> NoResults = Task.FromResult<
        IReadOnlyList<TResult>
    >([]);

    private readonly Lock _gate = new();
    private readonly BatchScheduler _scheduler;
    private readonly IBatchFetcher<TKey, TResult> _fetcher;
    private readonly int _maxBatchSize;

    /// <summary>The loads of this request by key; null when caching is off.</summary>
    private readonly Dictionary<TKey, Task<TResult>>? _cache;

    /// <summary>Keys waiting for the next dispatch; null when there are none.</summary>
    private Batch? _pending;

    public DataLoaderCore(
        BatchScheduler scheduler,
        DataLoaderOptions? options,
        IBatchFetcher<TKey, TResult> fetcher
    )
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        options ??= DataLoaderOptions.Default;
        _scheduler = scheduler;
        _fetcher = fetcher;
        _maxBatchSize = options.MaxBatchSize;
        _cache = options.Caching ? [] : null;
    }

    public Task<TResult> LoadAsync(TKey key, CancellationToken cancellationToken)
    {
        ThrowIfNull(key);
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<TResult>(cancellationToken);
        }

        Task<TResult> load;
        lock (_gate)
        {
            load = GetOrEnqueue(key);
        }
        // The shared task must not be canceled by one caller's token, so only that caller's view is.
        return cancellationToken.CanBeCanceled ? load.WaitAsync(cancellationToken) : load;
    }

    public Task<IReadOnlyList<TResult>> LoadAsync(
        IReadOnlyList<TKey> keys,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<IReadOnlyList<TResult>>(cancellationToken);
        }
        if (keys.Count == 0)
        {
            return NoResults;
        }

        var loads = new Task<TResult>[keys.Count];
        lock (_gate)
        {
            for (var i = 0; i < loads.Length; i++)
            {
                var key = keys[i];
                ThrowIfNull(key, nameof(keys));
                loads[i] = GetOrEnqueue(key);
            }
        }
        var all = CollectAsync(loads);
        return cancellationToken.CanBeCanceled ? all.WaitAsync(cancellationToken) : all;
    }

    public void Prime(TKey key, TResult result)
    {
        ThrowIfNull(key);
        if (_cache is null)
        {
            return;
        }
        lock (_gate)
        {
            _cache.TryAdd(key, Task.FromResult(result));
        }
    }

    public void Remove(TKey key)
    {
        ThrowIfNull(key);
        if (_cache is null)
        {
            return;
        }
        lock (_gate)
        {
            if (_cache.Remove(key))
            {
                // The cache no longer tells which keys are pending, so the batch must find its own duplicates.
                _pending?.IndexKeys();
            }
        }
    }

    public void Clear()
    {
        if (_cache is null)
        {
            return;
        }
        lock (_gate)
        {
            _pending?.IndexKeys();
            _cache.Clear();
        }
    }

    void IBatchSource.TakePendingBatches(List<PendingBatch> batches)
    {
        Batch? pending;
        lock (_gate)
        {
            pending = _pending;
            _pending = null;
        }
        if (pending is null)
        {
            return;
        }

        var count = pending.Count;
        if (count <= _maxBatchSize)
        {
            batches.Add(pending);
            return;
        }
        for (var start = 0; start < count; start += _maxBatchSize)
        {
            batches.Add(pending.Slice(start, Math.Min(_maxBatchSize, count - start)));
        }
    }

    /// <summary>Returns the cached or pending load of <paramref name="key"/>, or enqueues a new one. Caller holds the lock.</summary>
    private Task<TResult> GetOrEnqueue(TKey key)
    {
        if (_cache is not null && _cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var pending = _pending;
        if (pending is null)
        {
            pending = _pending = new Batch(this, indexed: _cache is null);
            _scheduler.Register(this);
        }
        else if (pending.TryFind(key, out var queued))
        {
            _cache?.Add(key, queued);
            return queued;
        }

        var load = pending.Add(key);
        _cache?.Add(key, load);
        return load;
    }

    /// <summary>Drops the failed loads of a batch from the cache, so that asking again fetches again.</summary>
    private void Evict(List<TKey> keys, List<TaskCompletionSource<TResult>> promises)
    {
        if (_cache is null)
        {
            return;
        }
        lock (_gate)
        {
            for (var i = 0; i < keys.Count; i++)
            {
                if (_cache.TryGetValue(keys[i], out var cached) && cached == promises[i].Task)
                {
                    _cache.Remove(keys[i]);
                }
            }
        }
    }

    /// <summary>A null check that, unlike passing a generic key as object, compiles to nothing for value-type keys.</summary>
    private static void ThrowIfNull(TKey key, string parameterName = "key")
    {
        if (key is null)
        {
            throw new ArgumentNullException(parameterName);
        }
    }

    private static async Task<IReadOnlyList<TResult>> CollectAsync(Task<TResult>[] loads)
    {
        var results = new TResult[loads.Length];
        for (var i = 0; i < loads.Length; i++)
        {
            results[i] = await loads[i].ConfigureAwait(false);
        }
        return results;
    }

    /// <summary>Distinct keys with the promises of their loads, in the order they were first asked for.</summary>
    private sealed class Batch : PendingBatch
    {
        private readonly DataLoaderCore<TKey, TResult> _owner;
        private readonly List<TKey> _keys;
        private readonly List<TaskCompletionSource<TResult>> _promises;

        /// <summary>Position of each key; kept only when the cache cannot tell which keys are already pending.</summary>
        private Dictionary<TKey, int>? _positions;

        private TResult[]? _results;
        private Task? _fetch;

        public Batch(DataLoaderCore<TKey, TResult> owner, bool indexed)
        {
            _owner = owner;
            _keys = [];
            _promises = [];
            _positions = indexed ? [] : null;
        }

        private Batch(
            DataLoaderCore<TKey, TResult> owner,
            List<TKey> keys,
            List<TaskCompletionSource<TResult>> promises
        )
        {
            _owner = owner;
            _keys = keys;
            _promises = promises;
        }

        public int Count => _keys.Count;

        public Task<TResult> Add(TKey key)
        {
            // Continuations run inline on completion: the scheduler relies on it to resume resolvers in place.
            var promise = new TaskCompletionSource<TResult>();
            _positions?.Add(key, _keys.Count);
            _keys.Add(key);
            _promises.Add(promise);
            return promise.Task;
        }

        public bool TryFind(TKey key, out Task<TResult> load)
        {
            if (_positions is not null && _positions.TryGetValue(key, out var position))
            {
                load = _promises[position].Task;
                return true;
            }
            load = null!;
            return false;
        }

        public void IndexKeys()
        {
            if (_positions is not null)
            {
                return;
            }
            _positions = new Dictionary<TKey, int>(_keys.Count);
            for (var i = 0; i < _keys.Count; i++)
            {
                _positions.Add(_keys[i], i);
            }
        }

        public Batch Slice(int start, int count) =>
            new(_owner, _keys.GetRange(start, count), _promises.GetRange(start, count));

        public override Task StartFetch(CancellationToken cancellationToken)
        {
            _results = new TResult[_keys.Count];
            // Every fetcher is an async method, so a throwing fetch arrives here as a faulted task.
            return _fetch = _owner._fetcher.FetchAsync(_keys, _results, cancellationToken);
        }

        public override void Complete(CancellationToken cancellationToken)
        {
            var fetch = _fetch;
            if (fetch is { IsCompletedSuccessfully: true })
            {
                var results = _results!;
                for (var i = 0; i < _promises.Count; i++)
                {
                    _promises[i].TrySetResult(results[i]);
                }
                return;
            }

            _owner.Evict(_keys, _promises);
            if (fetch is null || fetch.IsCanceled)
            {
                var token = cancellationToken.IsCancellationRequested
                    ? cancellationToken
                    : CancellationToken.None;
                foreach (var promise in _promises)
                {
                    promise.TrySetCanceled(token);
                }
                return;
            }

            var errors = fetch.Exception!.InnerExceptions;
            foreach (var promise in _promises)
            {
                promise.TrySetException(errors);
            }
        }
    }
}
