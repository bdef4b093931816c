namespace CustomerGraph.GraphQL.DataLoading;

/// <summary>The data loaders of one request, one instance per name, all dispatching through one scheduler.</summary>
public sealed class DataLoaderRegistry
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, object> _loaders = new(StringComparer.Ordinal);

    /// <summary>Creates an empty registry whose loaders dispatch through <paramref name="scheduler"/>.</summary>
    public DataLoaderRegistry(BatchScheduler scheduler)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        Scheduler = scheduler;
    }

    /// <summary>The scheduler of the request.</summary>
    public BatchScheduler Scheduler { get; }

    /// <summary>Returns the request's loader named <paramref name="name"/>, creating it with <paramref name="factory"/> on first use.</summary>
    public T GetOrAdd<T>(string name, Func<BatchScheduler, T> factory)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(factory);
        lock (_gate)
        {
            if (_loaders.TryGetValue(name, out var existing))
            {
                return existing as T
                    ?? throw new InvalidOperationException(
                        $"The data loader \"{name}\" is a {existing.GetType().Name}, not a {typeof(T).Name}."
                    );
            }
            var created =
                factory(Scheduler)
                ?? throw new InvalidOperationException(
                    $"The factory of data loader \"{name}\" returned null."
                );
            _loaders.Add(name, created);
            return created;
        }
    }
}
