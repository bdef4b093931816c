namespace CustomerGraph.GraphQL.Tests.DataLoading;

public sealed class BatchDataLoaderTests
{
    private static string? Name(int id) => id < 0 ? null : $"name-{id}";

    [Fact]
    public void Nothing_is_fetched_until_the_scheduler_dispatches()
    {
        var scheduler = new BatchScheduler();
        var fetch = new RecordingFetch<int>();
        var loader = new FetchBatchDataLoader<int, string>(scheduler, fetch.Values(Name));

        Assert.False(scheduler.HasPendingBatches);
        var load = loader.LoadAsync(1);

        Assert.True(scheduler.HasPendingBatches);
        Assert.False(load.IsCompleted);
        Assert.Empty(fetch.Calls);
        Assert.Equal(0, scheduler.DispatchedBatchCount);
    }

    [Fact]
    public Task Loads_from_many_concurrent_resolvers_are_collected_into_one_fetch() =>
        WithoutContext.Run(async () =>
        {
            var scheduler = new BatchScheduler();
            var fetch = new RecordingFetch<int>();
            var loader = new FetchBatchDataLoader<int, string>(scheduler, fetch.Values(Name));

            var loads = Enumerable.Range(0, 100).Select(id => loader.LoadAsync(id)).ToArray();
            await scheduler.DispatchAsync(CancellationToken.None);

            Assert.All(loads, load => Assert.True(load.IsCompletedSuccessfully));
            Assert.Equal(Enumerable.Range(0, 100).Select(Name), loads.Select(load => load.Result));
            Assert.Equal(Enumerable.Range(0, 100), Assert.Single(fetch.Calls));
            Assert.Equal(1, scheduler.DispatchedBatchCount);
            Assert.False(scheduler.HasPendingBatches);
        });

    [Fact]
    public Task A_fetch_that_loads_through_another_loader_has_those_keys_dispatched_in_one_batch() =>
        WithoutContext.Run(async () =>
        {
            var scheduler = new BatchScheduler();
            var inner = new RecordingFetch<int>();
            var names = new FetchBatchDataLoader<int, string>(scheduler, inner.Values(Name));
            // As entity resolution does: the outer batch function resolves each of its keys through a loader.
            var outer = new FetchBatchDataLoader<int, string>(
                scheduler,
                async (keys, cancellationToken) =>
                {
                    var loads = keys.Select(key => names.LoadAsync(key * 10, cancellationToken)).ToArray();
                    var values = await Task.WhenAll(loads);
                    return keys.Select((key, i) => (key, value: values[i]!))
                        .ToDictionary(p => p.key, p => p.value);
                }
            );

            var loads = Enumerable.Range(1, 50).Select(id => outer.LoadAsync(id)).ToArray();
            await scheduler.DispatchAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

            Assert.Equal(
                Enumerable.Range(1, 50).Select(id => Name(id * 10)),
                loads.Select(load => load.Result)
            );
            Assert.Equal(Enumerable.Range(1, 50).Select(id => id * 10), Assert.Single(inner.Calls));
            Assert.Equal(2, scheduler.DispatchedBatchCount);
            Assert.False(scheduler.HasPendingBatches);
        });

    [Fact]
    public async Task Loads_from_many_threads_join_one_batch()
    {
        var scheduler = new BatchScheduler();
        var fetch = new RecordingFetch<int>();
        var loader = new FetchBatchDataLoader<int, string>(scheduler, fetch.Values(Name));
        var loads = new Task<string?>[2000];

        Parallel.For(0, loads.Length, i => loads[i] = loader.LoadAsync(i % 1000));
        await scheduler.DispatchAsync(CancellationToken.None);

        Assert.Equal(Enumerable.Range(0, 1000), Assert.Single(fetch.Calls).Order());
        for (var i = 0; i < loads.Length; i++)
        {
            Assert.Equal(Name(i % 1000), await loads[i]);
        }
    }

    [Fact]
    public async Task A_cached_key_is_not_fetched_again()
    {
        var scheduler = new BatchScheduler();
        var fetch = new RecordingFetch<int>();
        var loader = new FetchBatchDataLoader<int, string>(scheduler, fetch.Values(Name));

        var first = loader.LoadAsync(7);
        await scheduler.DispatchAsync(CancellationToken.None);
        var second = loader.LoadAsync(7);

        Assert.Same(first, second);
        Assert.False(scheduler.HasPendingBatches);
        Assert.Equal("name-7", await second);
        Assert.Single(fetch.Calls);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Duplicate_keys_in_one_batch_are_fetched_once(bool caching)
    {
        var scheduler = new BatchScheduler();
        var fetch = new RecordingFetch<int>();
        var loader = new FetchBatchDataLoader<int, string>(
            scheduler,
            fetch.Values(Name),
            new DataLoaderOptions { Caching = caching }
        );

        var loads = new[] { loader.LoadAsync(1), loader.LoadAsync(2), loader.LoadAsync(1) };
        var many = loader.LoadAsync([2, 3, 2]);
        await scheduler.DispatchAsync(CancellationToken.None);

        Assert.Equal([1, 2, 3], Assert.Single(fetch.Calls));
        Assert.Same(loads[0], loads[2]);
        Assert.Equal(["name-2", "name-3", "name-2"], await many);
    }

    [Fact]
    public async Task Without_caching_a_later_dispatch_fetches_the_key_again()
    {
        var scheduler = new BatchScheduler();
        var fetch = new RecordingFetch<int>();
        var loader = new FetchBatchDataLoader<int, string>(
            scheduler,
            fetch.Values(Name),
            new DataLoaderOptions { Caching = false }
        );

        var first = loader.LoadAsync(1);
        await scheduler.DispatchAsync(CancellationToken.None);
        var second = loader.LoadAsync(1);
        await scheduler.DispatchAsync(CancellationToken.None);

        Assert.NotSame(first, second);
        Assert.Equal("name-1", await second);
        Assert.Equal(2, fetch.Calls.Count);
    }

    [Fact]
    public async Task A_key_the_fetch_leaves_out_loads_as_null()
    {
        var scheduler = new BatchScheduler();
        var loader = new FetchBatchDataLoader<int, string>(scheduler, new RecordingFetch<int>().Values(Name));

        var missing = loader.LoadAsync(-1);
        var many = loader.LoadAsync([1, -2, 3]);
        await scheduler.DispatchAsync(CancellationToken.None);

        Assert.Null(await missing);
        Assert.Equal(["name-1", null, "name-3"], await many);
    }

    [Fact]
    public async Task An_empty_key_list_loads_at_once_without_a_batch()
    {
        var scheduler = new BatchScheduler();
        var loader = new FetchBatchDataLoader<int, string>(scheduler, new RecordingFetch<int>().Values(Name));

        var none = loader.LoadAsync([]);

        Assert.True(none.IsCompletedSuccessfully);
        Assert.Empty(await none);
        Assert.False(scheduler.HasPendingBatches);
    }

    [Fact]
    public async Task A_primed_key_is_served_without_a_fetch_and_priming_never_overwrites()
    {
        var scheduler = new BatchScheduler();
        var fetch = new RecordingFetch<int>();
        var loader = new FetchBatchDataLoader<int, string>(scheduler, fetch.Values(Name));

        loader.Prime(1, "primed");
        loader.Prime(1, "ignored");
        var load = loader.LoadAsync(1);

        Assert.True(load.IsCompletedSuccessfully);
        Assert.Equal("primed", await load);
        Assert.False(scheduler.HasPendingBatches);
        Assert.Empty(fetch.Calls);
    }

    [Fact]
    public async Task Remove_and_Clear_make_the_next_load_fetch_again()
    {
        var scheduler = new BatchScheduler();
        var fetch = new RecordingFetch<int>();
        var loader = new FetchBatchDataLoader<int, string>(scheduler, fetch.Values(Name));

        _ = loader.LoadAsync([1, 2, 3]);
        await scheduler.DispatchAsync(CancellationToken.None);
        loader.Remove(2);
        _ = loader.LoadAsync([1, 2, 3]);
        await scheduler.DispatchAsync(CancellationToken.None);
        loader.Clear();
        _ = loader.LoadAsync([1, 2, 3]);
        await scheduler.DispatchAsync(CancellationToken.None);

        Assert.Equal(
            [
                [1, 2, 3],
                [2],
                [1, 2, 3],
            ],
            fetch.Calls
        );
    }

    [Fact]
    public async Task Removing_a_pending_key_keeps_a_single_fetch_of_it()
    {
        var scheduler = new BatchScheduler();
        var fetch = new RecordingFetch<int>();
        var loader = new FetchBatchDataLoader<int, string>(scheduler, fetch.Values(Name));

        var first = loader.LoadAsync(1);
        loader.Remove(1);
        var second = loader.LoadAsync(1);
        loader.Clear();
        var third = loader.LoadAsync(1);
        await scheduler.DispatchAsync(CancellationToken.None);

        Assert.Same(first, second);
        Assert.Same(first, third);
        Assert.Equal([1], Assert.Single(fetch.Calls));
    }

    [Fact]
    public Task Batches_larger_than_MaxBatchSize_are_split_into_concurrent_fetches_of_one_dispatch() =>
        WithoutContext.Run(async () =>
        {
            var scheduler = new BatchScheduler();
            var started = 0;
            var allStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var sizes = new List<int>();
            var loader = new FetchBatchDataLoader<int, int>(
                scheduler,
                async (keys, _) =>
                {
                    lock (sizes)
                    {
                        sizes.Add(keys.Count);
                    }
                    if (Interlocked.Increment(ref started) == 3)
                    {
                        allStarted.SetResult();
                    }
                    // Each fetch waits for the others: a dispatch fetching one at a time would never get here.
                    await allStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
                    return keys.ToDictionary(key => key, key => key * 2);
                },
                new DataLoaderOptions { MaxBatchSize = 1000 }
            );

            var all = loader.LoadAsync(Enumerable.Range(0, 2500).ToArray());
            await scheduler.DispatchAsync(CancellationToken.None);

            Assert.True(all.IsCompletedSuccessfully);
            Assert.Equal(Enumerable.Range(0, 2500).Select(key => key * 2), all.Result);
            Assert.Equal([1000, 1000, 500], sizes.Order().Reverse());
            Assert.Equal(3, scheduler.DispatchedBatchCount);
        });

    [Fact]
    public void MaxBatchSize_must_be_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DataLoaderOptions { MaxBatchSize = 0 });
        Assert.Equal(1000, new DataLoaderOptions().MaxBatchSize);
        Assert.True(new DataLoaderOptions().Caching);
    }

    [Fact]
    public async Task A_failing_fetch_faults_every_load_of_its_batch_with_its_exception()
    {
        var scheduler = new BatchScheduler();
        var error = new InvalidOperationException("database unavailable");
        var failing = new FetchBatchDataLoader<int, string>(
            scheduler,
            new RecordingFetch<int>().Failing<string>(error)
        );
        var healthy = new FetchBatchDataLoader<int, string>(
            scheduler,
            new RecordingFetch<int>().Values(Name)
        );

        var failed = new[] { failing.LoadAsync(1), failing.LoadAsync(2) };
        var failedMany = failing.LoadAsync([3, 1]);
        var unaffected = healthy.LoadAsync(1);
        await scheduler.DispatchAsync(CancellationToken.None);

        foreach (var load in failed)
        {
            Assert.Same(error, await Assert.ThrowsAsync<InvalidOperationException>(() => load));
        }
        Assert.Same(error, await Assert.ThrowsAsync<InvalidOperationException>(() => failedMany));
        Assert.Equal("name-1", await unaffected);
    }

    [Fact]
    public async Task A_key_whose_fetch_failed_is_fetched_again_on_retry()
    {
        var scheduler = new BatchScheduler();
        var fetch = new RecordingFetch<int>();
        var attempts = 0;
        var loader = new FetchBatchDataLoader<int, string>(
            scheduler,
            (keys, ct) =>
                ++attempts == 1 ? throw new TimeoutException("first attempt") : fetch.Values(Name)(keys, ct)
        );

        var first = loader.LoadAsync(5);
        await scheduler.DispatchAsync(CancellationToken.None);
        await Assert.ThrowsAsync<TimeoutException>(() => first);
        var retry = loader.LoadAsync(5);
        await scheduler.DispatchAsync(CancellationToken.None);

        Assert.Equal("name-5", await retry);
        Assert.Equal(2, scheduler.DispatchedBatchCount);
    }

    [Fact]
    public async Task A_fetch_returning_null_faults_its_loads_with_a_clear_message()
    {
        var scheduler = new BatchScheduler();
        var loader = new FetchBatchDataLoader<int, string>(
            scheduler,
            (_, _) => Task.FromResult<IReadOnlyDictionary<int, string>>(null!)
        );

        var load = loader.LoadAsync(1);
        await scheduler.DispatchAsync(CancellationToken.None);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => load);
        Assert.Equal(
            "FetchBatchDataLoader`2.LoadBatchAsync returned null instead of a dictionary.",
            error.Message
        );
    }

    [Fact]
    public async Task A_canceled_dispatch_cancels_the_pending_loads_without_fetching_and_they_can_be_retried()
    {
        var scheduler = new BatchScheduler();
        var fetch = new RecordingFetch<int>();
        var loader = new FetchBatchDataLoader<int, string>(scheduler, fetch.Values(Name));
        using var canceled = new CancellationTokenSource();
        canceled.Cancel();

        var load = loader.LoadAsync(1);
        await scheduler.DispatchAsync(canceled.Token);

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => load);
        Assert.Equal(canceled.Token, error.CancellationToken);
        Assert.Empty(fetch.Calls);
        Assert.Equal(0, scheduler.DispatchedBatchCount);

        var retry = loader.LoadAsync(1);
        await scheduler.DispatchAsync(CancellationToken.None);
        Assert.Equal("name-1", await retry);
    }

    [Fact]
    public async Task Cancellation_during_the_fetch_reaches_the_fetch_and_cancels_its_loads()
    {
        var scheduler = new BatchScheduler();
        using var request = new CancellationTokenSource();
        var loader = new FetchBatchDataLoader<int, string>(
            scheduler,
            async (keys, ct) =>
            {
                request.Cancel();
                await Task.Delay(Timeout.Infinite, ct);
                return new Dictionary<int, string>();
            }
        );

        var load = loader.LoadAsync(1);
        await scheduler.DispatchAsync(request.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => load);
        Assert.True(load.IsCanceled);
    }

    [Fact]
    public async Task A_canceled_load_token_cancels_only_that_callers_load()
    {
        var scheduler = new BatchScheduler();
        var loader = new FetchBatchDataLoader<int, string>(scheduler, new RecordingFetch<int>().Values(Name));
        using var caller = new CancellationTokenSource();

        var canceledLoad = loader.LoadAsync(1, caller.Token);
        var sharedLoad = loader.LoadAsync(1);
        caller.Cancel();
        await scheduler.DispatchAsync(CancellationToken.None);

        Assert.True(canceledLoad.IsCanceled);
        Assert.Equal("name-1", await sharedLoad);
    }

    [Fact]
    public void A_load_with_an_already_canceled_token_is_canceled_and_enqueues_nothing()
    {
        var scheduler = new BatchScheduler();
        var loader = new FetchBatchDataLoader<int, string>(scheduler, new RecordingFetch<int>().Values(Name));

        var load = loader.LoadAsync(1, new CancellationToken(canceled: true));
        var many = loader.LoadAsync([1, 2], new CancellationToken(canceled: true));

        Assert.True(load.IsCanceled);
        Assert.True(many.IsCanceled);
        Assert.False(scheduler.HasPendingBatches);
    }

    [Fact]
    public async Task A_subclass_fetches_through_LoadBatchAsync()
    {
        var scheduler = new BatchScheduler();
        var loader = new SquareLoader(scheduler);

        var loads = loader.LoadAsync([2, 3]);
        await scheduler.DispatchAsync(CancellationToken.None);

        Assert.Equal([4, 9], await loads);
        Assert.Equal(
            [
                [2, 3],
            ],
            loader.Batches
        );
    }

    private sealed class SquareLoader(BatchScheduler scheduler) : BatchDataLoader<int, int>(scheduler)
    {
        public List<int[]> Batches { get; } = [];

        protected override Task<IReadOnlyDictionary<int, int>> LoadBatchAsync(
            IReadOnlyList<int> keys,
            CancellationToken cancellationToken
        )
        {
            Batches.Add([.. keys]);
            return Task.FromResult<IReadOnlyDictionary<int, int>>(
                keys.ToDictionary(key => key, key => key * key)
            );
        }
    }
}
