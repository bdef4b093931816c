namespace CustomerGraph.GraphQL.Tests.DataLoading;

/// <summary>
/// A miniature of the executor's loop: run every ready resolver; when nothing is ready and batches are pending,
/// dispatch them; otherwise wait for a resolver in flight.
/// </summary>
internal sealed class SimulatedExecutor(BatchScheduler scheduler)
{
    private readonly Queue<Func<Task>> _ready = new();
    private readonly List<Task> _inFlight = [];

    /// <summary>How many times the loop dispatched.</summary>
    public int Dispatches { get; private set; }

    public void Enqueue(Func<Task> resolver) => _ready.Enqueue(resolver);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            while (_ready.TryDequeue(out var resolver))
            {
                _inFlight.Add(resolver());
            }
            foreach (var resolver in _inFlight)
            {
                if (resolver.IsFaulted)
                {
                    await resolver;
                }
            }
            _inFlight.RemoveAll(resolver => resolver.IsCompleted);

            if (_ready.Count > 0)
            {
                continue;
            }
            if (scheduler.HasPendingBatches)
            {
                Dispatches++;
                await scheduler.DispatchAsync(cancellationToken);
                continue;
            }
            if (_inFlight.Count == 0)
            {
                return;
            }
            // A loop whose resolvers wait on loads that no dispatch will run would stall here forever.
            await Task.WhenAny(_inFlight).WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
        }
    }
}
