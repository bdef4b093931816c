namespace CustomerGraph.GraphQL.Tests.DataLoading;

public sealed class GroupedDataLoaderTests
{
    private sealed record Order(int Id, int CustomerId);

    private static readonly Order[] Orders = [new(1, 10), new(2, 20), new(3, 10), new(4, 30), new(5, 10)];

    [Fact]
    public async Task Each_key_loads_all_of_its_values_from_one_fetch()
    {
        var scheduler = new BatchScheduler();
        var fetch = new RecordingFetch<int>();
        var loader = new FetchGroupedDataLoader<int, Order>(
            scheduler,
            fetch.Groups(Orders, order => order.CustomerId)
        );

        var first = loader.LoadAsync(10);
        var second = loader.LoadAsync(20);
        var duplicate = loader.LoadAsync(10);
        await scheduler.DispatchAsync(CancellationToken.None);

        Assert.Equal([1, 3, 5], (await first).Select(order => order.Id));
        Assert.Equal([2], (await second).Select(order => order.Id));
        Assert.Same(first, duplicate);
        Assert.Equal([10, 20], Assert.Single(fetch.Calls));
    }

    [Fact]
    public async Task A_key_without_values_loads_an_empty_list()
    {
        var scheduler = new BatchScheduler();
        var loader = new FetchGroupedDataLoader<int, Order>(
            scheduler,
            new RecordingFetch<int>().Groups(Orders, order => order.CustomerId)
        );

        var none = loader.LoadAsync(99);
        await scheduler.DispatchAsync(CancellationToken.None);

        Assert.Empty(await none);
    }

    [Fact]
    public async Task Group_loads_are_cached_primed_and_removed_like_single_loads()
    {
        var scheduler = new BatchScheduler();
        var fetch = new RecordingFetch<int>();
        var loader = new FetchGroupedDataLoader<int, Order>(
            scheduler,
            fetch.Groups(Orders, order => order.CustomerId)
        );

        loader.Prime(30, [new Order(40, 30)]);
        var primed = loader.LoadAsync(30);
        _ = loader.LoadAsync(20);
        await scheduler.DispatchAsync(CancellationToken.None);
        var cached = loader.LoadAsync(20);
        loader.Remove(30);
        var reloaded = loader.LoadAsync(30);
        await scheduler.DispatchAsync(CancellationToken.None);

        Assert.Equal([40], (await primed).Select(order => order.Id));
        Assert.True(cached.IsCompletedSuccessfully);
        Assert.Equal([4], (await reloaded).Select(order => order.Id));
        Assert.Equal(
            [
                [20],
                [30],
            ],
            fetch.Calls
        );
    }

    [Fact]
    public async Task A_failing_group_fetch_faults_every_load_of_its_batch()
    {
        var scheduler = new BatchScheduler();
        var error = new InvalidOperationException("orders unavailable");
        var loader = new FetchGroupedDataLoader<int, Order>(
            scheduler,
            (_, _) => Task.FromException<ILookup<int, Order>>(error)
        );

        var loads = new[] { loader.LoadAsync(10), loader.LoadAsync(20) };
        await scheduler.DispatchAsync(CancellationToken.None);

        foreach (var load in loads)
        {
            Assert.Same(error, await Assert.ThrowsAsync<InvalidOperationException>(() => load));
        }
    }

    [Fact]
    public async Task A_subclass_fetches_through_LoadGroupedBatchAsync()
    {
        var scheduler = new BatchScheduler();
        var loader = new DivisorsLoader(scheduler, new DataLoaderOptions { MaxBatchSize = 2 });

        var loads = new[] { loader.LoadAsync(6), loader.LoadAsync(7), loader.LoadAsync(8) };
        await scheduler.DispatchAsync(CancellationToken.None);

        Assert.Equal([1, 2, 3, 6], await loads[0]);
        Assert.Equal([1, 7], await loads[1]);
        Assert.Equal([1, 2, 4, 8], await loads[2]);
        Assert.Equal(2, scheduler.DispatchedBatchCount);
    }

    private sealed class DivisorsLoader(BatchScheduler scheduler, DataLoaderOptions options)
        : GroupedDataLoader<int, int>(scheduler, options)
    {
        protected override Task<ILookup<int, int>> LoadGroupedBatchAsync(
            IReadOnlyList<int> keys,
            CancellationToken cancellationToken
        ) =>
            Task.FromResult(
                keys.SelectMany(
                        key => Enumerable.Range(1, key).Where(d => key % d == 0),
                        (key, d) => (key, d)
                    )
                    .ToLookup(pair => pair.key, pair => pair.d)
            );
    }
}
