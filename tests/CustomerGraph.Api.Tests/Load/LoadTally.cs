using System.Collections.Concurrent;
using System.Globalization;

namespace CustomerGraph.Api.Tests;

/// <summary>
/// What the load run saw: every response by status, latencies, the expected refusals (stale versions, duplicate
/// references) and the problems by kind (5xx, transport failures, leaks, wrong answers), each with its first
/// examples.
/// </summary>
public sealed class LoadTally
{
    private const int ExamplesPerKind = 10;

    private readonly long[] _byStatus = new long[1000];
    private readonly ConcurrentBag<List<double>> _latencies = [];
    private readonly ConcurrentDictionary<string, ProblemKind> _problems = new(StringComparer.Ordinal);
    private long _staleVersions;
    private long _duplicates;
    private long _crossAccountReads;

    public void Record(int status) => Interlocked.Increment(ref _byStatus[status]);

    /// <summary>A worker's latencies (of the requests not refused for the rate limit), in milliseconds; the list stays the worker's until the run ends.</summary>
    public List<double> LatenciesOfWorker()
    {
        var latencies = new List<double>();
        _latencies.Add(latencies);
        return latencies;
    }

    public void StaleVersion() => Interlocked.Increment(ref _staleVersions);

    public void Duplicate() => Interlocked.Increment(ref _duplicates);

    /// <summary>A read of an id of the other account was answered (it must have found nothing).</summary>
    public void CrossAccountRead() => Interlocked.Increment(ref _crossAccountReads);

    public void Problem(string kind, string example)
    {
        var problem = _problems.GetOrAdd(kind, static _ => new ProblemKind());
        lock (problem)
        {
            problem.Count++;
            if (problem.Examples.Count < ExamplesPerKind)
                problem.Examples.Add(example);
        }
    }

    public long Requests => _byStatus.Sum();

    public long StaleVersions => Interlocked.Read(ref _staleVersions);

    public long Duplicates => Interlocked.Read(ref _duplicates);

    public long CrossAccountReads => Interlocked.Read(ref _crossAccountReads);

    public long Count(int status) => Interlocked.Read(ref _byStatus[status]);

    public long CountBetween(int from, int to) => _byStatus[from..(to + 1)].Sum();

    /// <summary>How many problems of every kind were found.</summary>
    public long ProblemTotal => _problems.Values.Sum(problem => problem.Count);

    public long ProblemCount(string kind) => _problems.TryGetValue(kind, out var problem) ? problem.Count : 0;

    /// <summary>Every problem, by kind, with its count and first examples; empty when there were none.</summary>
    public string DescribeProblems() =>
        string.Join(
            "\n",
            _problems
                .OrderBy(pair => pair.Key, StringComparer.Ordinal)
                .Select(pair =>
                    $"{pair.Key}: {pair.Value.Count}\n  " + string.Join("\n  ", pair.Value.Examples)
                )
        );

    /// <summary>The latency below which the given fraction of the requests finished, in milliseconds.</summary>
    public double Percentile(double fraction)
    {
        var all = _latencies.SelectMany(latencies => latencies).Order().ToList();
        return all.Count == 0 ? 0 : all[(int)Math.Min(all.Count - 1, Math.Ceiling(fraction * all.Count) - 1)];
    }

    /// <summary>The counts of every status that occurred, e.g. "200: 1234, 429: 56".</summary>
    public string DescribeStatuses() =>
        string.Join(
            ", ",
            Enumerable
                .Range(0, _byStatus.Length)
                .Where(status => _byStatus[status] > 0)
                .Select(status =>
                    string.Create(CultureInfo.InvariantCulture, $"{status}: {_byStatus[status]}")
                )
        );

    private sealed class ProblemKind
    {
        public long Count;
        public List<string> Examples { get; } = [];
    }
}
