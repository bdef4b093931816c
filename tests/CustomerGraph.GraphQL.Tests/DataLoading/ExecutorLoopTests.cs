namespace CustomerGraph.GraphQL.Tests.DataLoading;

/// <summary>The scheduler driven the way the executor drives it, with async resolvers over in-memory data.</summary>
public sealed class ExecutorLoopTests
{
    private sealed record Node(int Id, int ParentId);

    private sealed record Resolved(int Id, string? Label, IReadOnlyList<Resolved> Children);

    private static readonly int[] ParentIds = [.. Enumerable.Range(1, 100)];

    /// <summary>Child ids are 10000 + 10 × parent + 1..3; grandchild ids are 10 × child + 1..2.</summary>
    private static int ChildId(int parent, int index) => 10_000 + parent * 10 + index;

    private static readonly int[] ChildIds =
    [
        .. ParentIds.SelectMany(parent => new[] { 1, 2, 3 }.Select(i => ChildId(parent, i))),
    ];

    /// <summary>Every parent has three children and every child two grandchildren.</summary>
    private static readonly Node[] Nodes =
    [
        .. ChildIds.Select(child => new Node(child, (child - 10_000) / 10)),
        .. ChildIds.SelectMany(child => new[] { 1, 2 }.Select(j => new Node(child * 10 + j, child))),
    ];

    [Fact]
    public Task Two_relations_over_two_levels_of_a_hundred_parents_take_four_fetches() =>
        WithoutContext.Run(async () =>
        {
            var scheduler = new BatchScheduler();
            var registry = new DataLoaderRegistry(scheduler);
            var childrenFetch = new RecordingFetch<int>();
            var labelFetch = new RecordingFetch<int>();
            var executor = new SimulatedExecutor(scheduler);
            var results = new Resolved[ParentIds.Length];

            // Resolves a node's label and children; a child resolver starts inline, within the dispatch that resumed its parent.
            async Task<Resolved> ResolveNodeAsync(int id, int level)
            {
                var children = registry.GetOrAdd(
                    "childrenByParentId",
                    s => new FetchGroupedDataLoader<int, Node>(
                        s,
                        childrenFetch.Groups(Nodes, node => node.ParentId)
                    )
                );
                var labels = registry.GetOrAdd(
                    "labelById",
                    s => new FetchBatchDataLoader<int, string>(
                        s,
                        labelFetch.Values<string>(key => $"label-{key}")
                    )
                );
                var labelLoad = labels.LoadAsync(id);
                var childNodes = await children.LoadAsync(id);
                var resolvedChildren =
                    level == 0
                        ? await Task.WhenAll(
                            childNodes.Select(child => ResolveNodeAsync(child.Id, level + 1))
                        )
                        : [.. childNodes.Select(child => new Resolved(child.Id, null, []))];
                return new Resolved(id, await labelLoad, resolvedChildren);
            }

            for (var i = 0; i < ParentIds.Length; i++)
            {
                var index = i;
                executor.Enqueue(async () => results[index] = await ResolveNodeAsync(ParentIds[index], 0));
            }
            await executor.RunAsync(CancellationToken.None);

            Assert.Equal(4, scheduler.DispatchedBatchCount);
            Assert.Equal(2, executor.Dispatches);
            int[] childIds =
            [
                .. ParentIds.SelectMany(parent => Enumerable.Range(1, 3).Select(i => parent * 10 + i)),
            ];
            Assert.Equal([ParentIds, ChildIds], childrenFetch.Calls);
            Assert.Equal([ParentIds, ChildIds], labelFetch.Calls);

            var parent7 = results[6];
            Assert.Equal("label-7", parent7.Label);
            Assert.Equal([10_071, 10_072, 10_073], parent7.Children.Select(child => child.Id));
            Assert.Equal("label-10072", parent7.Children[1].Label);
            Assert.Equal(
                [100_721, 100_722],
                parent7.Children[1].Children.Select(grandchild => grandchild.Id)
            );
        });

    [Fact]
    public Task Keys_requested_by_resolvers_resumed_during_completion_go_to_the_next_dispatch() =>
        WithoutContext.Run(async () =>
        {
            var scheduler = new BatchScheduler();
            var fetch = new RecordingFetch<int>();
            var loader = new FetchBatchDataLoader<int, string>(
                scheduler,
                fetch.Values<string>(key => $"v{key}")
            );
            using var request = new CancellationTokenSource();
            var resumed = 0;

            async Task<string?> ResolveAsync(int key, CancellationToken cancellationToken)
            {
                var value = await loader.LoadAsync(key, cancellationToken);
                Interlocked.Increment(ref resumed);
                var next = await loader.LoadAsync(key + 100, cancellationToken);
                return value + next;
            }

            // Half the resolvers pass a cancelable token: their loads must resume inline all the same.
            var resolvers = Enumerable
                .Range(0, 10)
                .Select(key => ResolveAsync(key, key % 2 == 0 ? request.Token : CancellationToken.None))
                .ToArray();
            await scheduler.DispatchAsync(CancellationToken.None);

            Assert.Equal(10, resumed);
            Assert.True(scheduler.HasPendingBatches);
            Assert.Equal([Enumerable.Range(0, 10)], fetch.Calls);
            Assert.All(resolvers, resolver => Assert.False(resolver.IsCompleted));

            await scheduler.DispatchAsync(CancellationToken.None);

            Assert.All(resolvers, resolver => Assert.True(resolver.IsCompletedSuccessfully));
            Assert.Equal("v3v103", resolvers[3].Result);
            Assert.Equal([Enumerable.Range(0, 10), Enumerable.Range(100, 10)], fetch.Calls);
            Assert.False(scheduler.HasPendingBatches);
        });

    [Fact]
    public Task Fetches_of_different_loaders_in_one_dispatch_run_concurrently() =>
        WithoutContext.Run(async () =>
        {
            var scheduler = new BatchScheduler();
            var bothStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var started = 0;
            Func<IReadOnlyList<int>, CancellationToken, Task<IReadOnlyDictionary<int, int>>> fetch = async (
                keys,
                _
            ) =>
            {
                if (Interlocked.Increment(ref started) == 2)
                {
                    bothStarted.SetResult();
                }
                await bothStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
                return keys.ToDictionary(key => key);
            };
            var first = new FetchBatchDataLoader<int, int>(scheduler, fetch);
            var second = new FetchBatchDataLoader<int, int>(scheduler, fetch);

            var loads = new[] { first.LoadAsync(1), second.LoadAsync(2) };
            await scheduler.DispatchAsync(CancellationToken.None);

            Assert.Equal([1, 2], loads.Select(load => load.Result));
            Assert.Equal(2, scheduler.DispatchedBatchCount);
        });
}
