using System.Collections.Concurrent;

namespace CustomerGraph.GraphQL.Tests.DataLoading;

/// <summary>Batch fetches over in-memory data that record the keys of every call.</summary>
internal sealed class RecordingFetch<TKey>
    where TKey : notnull
{
    private readonly ConcurrentQueue<TKey[]> _calls = new();

    /// <summary>The keys of each fetch, in the order the fetches were made.</summary>
    public IReadOnlyList<TKey[]> Calls => [.. _calls];

    public Func<
        IReadOnlyList<TKey>,
        CancellationToken,
        Task<IReadOnlyDictionary<TKey, TValue>>
    > Values<TValue>(Func<TKey, TValue?> lookup) =>
        async (keys, _) =>
        {
            _calls.Enqueue([.. keys]);
            await Task.Yield();
            var values = new Dictionary<TKey, TValue>();
            foreach (var key in keys)
            {
                if (lookup(key) is { } value)
                {
                    values[key] = value;
                }
            }
            return values;
        };

    public Func<IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> Groups<TValue>(
        IEnumerable<TValue> rows,
        Func<TValue, TKey> keyOf
    ) =>
        async (keys, _) =>
        {
            _calls.Enqueue([.. keys]);
            await Task.Yield();
            var wanted = keys.ToHashSet();
            return rows.Where(row => wanted.Contains(keyOf(row))).ToLookup(keyOf);
        };

    public Func<
        IReadOnlyList<TKey>,
        CancellationToken,
        Task<IReadOnlyDictionary<TKey, TValue>>
    > Failing<TValue>(Exception error) =>
        async (keys, _) =>
        {
            _calls.Enqueue([.. keys]);
            await Task.Yield();
            throw error;
        };
}
