using BenchmarkDotNet.Attributes;
using CustomerGraph.Customers;
using CustomerGraph.Customers.Accounts;
using CustomerGraph.Customers.Common;
using CustomerGraph.Customers.Customers;
using CustomerGraph.Customers.Data;
using CustomerGraph.Customers.Seeding;

namespace CustomerGraph.Benchmarks.Customers;

/// <summary>
/// Keyset pagination over a large seed (1,000,000 customers unless CUSTOMERGRAPH_BENCH_CUSTOMERS says
/// otherwise): page 1 and page 5,000 of 20 must cost the same, whatever the sort. The SQLite file is kept
/// in the temp folder and seeded once (about three and a half minutes for a million customers).
/// </summary>
[MemoryDiagnoser]
public class CustomerPagingBenchmarks
{
    private const int PageSize = 20;
    private const int FarPage = 5_000;
    private static readonly Guid BenchmarkAccountId = new("0b0b0b0b-0000-4000-8000-000000000001");

    private CustomerQueries _queries = null!;
    private Cursor _farPageCursor = null!;

    [Params(CustomerSortField.Name, CustomerSortField.UpdatedAt)]
    public CustomerSortField SortBy { get; set; }

    private CustomerSort Sort => new(SortBy);

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        var count = int.TryParse(
            Environment.GetEnvironmentVariable("CUSTOMERGRAPH_BENCH_CUSTOMERS"),
            out var n
        )
            ? n
            : 1_000_000;
        var options = new CustomerDatabaseOptions
        {
            DataFolder = Path.Combine(Path.GetTempPath(), "customergraph-benchmarks"),
            DatabaseFileName = $"customers-{count}.db",
            SeedDemoData = false,
            DefaultAccountId = BenchmarkAccountId,
        };
        var contexts = new CustomerDbContextFactory(options);
        await CustomerDatabase.InitializeAsync(contexts, options);
        _queries = new CustomerQueries(contexts, new DefaultCurrentAccount(options));
        var existing = await _queries.CountAsync();
        if (existing == 0)
            await LargeSeed.SeedAsync(contexts, BenchmarkAccountId, count, contactsPerCustomer: 1);
        else if (existing != count)
            throw new InvalidOperationException(
                $"{options.DatabaseFileName} holds {existing} customers, not {count}: delete it to seed again."
            );

        // Reach page 5,000 the way a client does: cursor after cursor.
        Cursor? cursor = null;
        for (var page = 1; page < FarPage; page++)
            cursor = (await _queries.ListAsync(new PageRequest(First: PageSize, After: cursor), sort: Sort))
                .Value!
                .EndCursor;
        _farPageCursor =
            cursor ?? throw new InvalidOperationException("The seed has fewer than 5,000 pages.");
    }

    [Benchmark(Baseline = true, Description = "customers page 1 (first: 20)")]
    public async Task<int> FirstPage() =>
        (await _queries.ListAsync(new PageRequest(First: PageSize), sort: Sort)).Value!.Edges.Count;

    [Benchmark(Description = "customers page 5,000 (first: 20, after: cursor)")]
    public async Task<int> Page5000() =>
        (await _queries.ListAsync(new PageRequest(First: PageSize, After: _farPageCursor), sort: Sort))
            .Value!
            .Edges
            .Count;
}
