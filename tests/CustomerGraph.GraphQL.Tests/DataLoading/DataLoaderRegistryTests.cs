namespace CustomerGraph.GraphQL.Tests.DataLoading;

public sealed class DataLoaderRegistryTests
{
    private static FetchBatchDataLoader<int, string> NewLoader(BatchScheduler scheduler) =>
        new(
            scheduler,
            (keys, _) => Task.FromResult<IReadOnlyDictionary<int, string>>(new Dictionary<int, string>())
        );

    [Fact]
    public void A_request_has_one_loader_per_name_on_its_scheduler()
    {
        var registry = new DataLoaderRegistry(new BatchScheduler());
        var created = 0;
        BatchDataLoader<int, string> Factory(BatchScheduler scheduler)
        {
            created++;
            Assert.Same(registry.Scheduler, scheduler);
            return NewLoader(scheduler);
        }

        var first = registry.GetOrAdd("customerById", Factory);
        var again = registry.GetOrAdd("customerById", Factory);
        var other = registry.GetOrAdd("orderById", Factory);

        Assert.Same(first, again);
        Assert.NotSame(first, other);
        Assert.Equal(2, created);
    }

    [Fact]
    public void Asking_for_a_name_with_another_loader_type_is_an_error()
    {
        var registry = new DataLoaderRegistry(new BatchScheduler());
        registry.GetOrAdd("customerById", NewLoader);

        var error = Assert.Throws<InvalidOperationException>(() =>
            registry.GetOrAdd("customerById", scheduler => new DataLoaderOptions())
        );
        Assert.Equal(
            "The data loader \"customerById\" is a FetchBatchDataLoader`2, not a DataLoaderOptions.",
            error.Message
        );
    }
}
