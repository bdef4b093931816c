using System.Collections.Concurrent;

namespace CustomerGraph.Api.RateLimiting;

/// <summary>
/// The rate limit store of one host: a fixed window per partition, locked per partition. Memory stays bounded by the
/// partitions active lately: at most once per window, charges sweep out the windows that have ended.
/// </summary>
public sealed class InMemoryRateLimitStore(TimeProvider time) : IRateLimitStore
{
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private long _nextSweep;

    /// <summary>How many partitions have a window in memory.</summary>
    internal int Count => _windows.Count;

    public ValueTask<RateLimitCharge> ChargeAsync(
        string partition,
        long cost,
        RateLimitPolicy policy,
        CancellationToken cancellationToken
    )
    {
        var now = time.GetUtcNow();
        SweepIfDue(now, policy.Window);
        while (true)
        {
            var window = _windows.GetOrAdd(partition, static _ => new Window());
            lock (window)
            {
                // A sweep removed it between the lookup and the lock: charge a window still in the dictionary.
                if (window.Evicted)
                    continue;
                if (now >= window.ResetsAt)
                {
                    window.Spent = 0;
                    window.ResetsAt = now + policy.Window;
                }
                var fits = cost <= policy.Budget - window.Spent;
                var charged = fits || !policy.Enforce;
                if (charged)
                    window.Spent = window.Spent > long.MaxValue - cost ? long.MaxValue : window.Spent + cost;
                return ValueTask.FromResult(
                    new RateLimitCharge(charged, window.Spent, window.ResetsAt - now)
                );
            }
        }
    }

    private void SweepIfDue(DateTimeOffset now, TimeSpan window)
    {
        var due = Volatile.Read(ref _nextSweep);
        if (
            now.UtcTicks < due
            || Interlocked.CompareExchange(ref _nextSweep, (now + window).UtcTicks, due) != due
        )
            return;
        foreach (var (partition, entry) in _windows)
            lock (entry)
                if (now >= entry.ResetsAt)
                {
                    entry.Evicted = true;
                    _windows.TryRemove(new KeyValuePair<string, Window>(partition, entry));
                }
    }

    private sealed class Window
    {
        public long Spent;
        public DateTimeOffset ResetsAt = DateTimeOffset.MinValue;
        public bool Evicted;
    }
}
