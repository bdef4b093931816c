using BenchmarkDotNet.Attributes;
using CustomerGraph.Customers;
using CustomerGraph.Customers.Accounts;
using CustomerGraph.Customers.Customers;
using CustomerGraph.Customers.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomerGraph.Benchmarks.Customers;

/// <summary>
/// One <c>UpsertByExternalReferenceAsync</c> call of 1,000 ERP rows: all new (each iteration in a fresh account),
/// all changed, and all unchanged (reads only). SQLite in a temp file; PostgreSQL in a throwaway database on the
/// server of <c>CUSTOMERGRAPH_TEST_POSTGRES</c> (as ./test.sh sets it). Each invocation is one whole call, so run it
/// with one invocation per iteration: <c>--inProcess --strategy Monitoring --warmupCount 2 --iterationCount 10
/// --invocationCount 1 --unrollFactor 1</c>.
/// </summary>
[MemoryDiagnoser]
public class CustomerUpsertBenchmarks
{
    private const int Rows = 1000;

    private readonly SwitchableAccount _account = new();
    private CustomerDatabaseOptions _options = null!;
    private IDbContextFactory<CustomerDbContext> _contexts = null!;
    private CustomerService _customers = null!;
    private Guid _populatedAccountId;
    private int _edition;

    [Params(DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql)]
    public DatabaseProvider Provider { get; set; }

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        var database = $"customergraph_bench_{Guid.NewGuid():N}"[..32];
        _options = new CustomerDatabaseOptions
        {
            Provider = Provider,
            DataFolder = Path.Combine(Path.GetTempPath(), "customergraph-benchmarks"),
            DatabaseFileName = $"{database}.db",
            SeedDemoData = false,
        };
        if (Provider == DatabaseProvider.PostgreSql)
            _options.ConnectionString =
                $"{Environment.GetEnvironmentVariable("CUSTOMERGRAPH_TEST_POSTGRES") ?? throw new InvalidOperationException("CUSTOMERGRAPH_TEST_POSTGRES is not set.")};Database={database}";
        _contexts = new CustomerDbContextFactory(_options);
        await CustomerDatabase.InitializeAsync(_contexts, _options);
        _customers = new CustomerService(_contexts, _account, TimeProvider.System);
        _populatedAccountId = await NewAccountAsync();
        _account.AccountId = _populatedAccountId;
        await _customers.UpsertByExternalReferenceAsync(ErpRows(""));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        using var db = _contexts.CreateDbContext();
        Npgsql.NpgsqlConnection.ClearAllPools();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        db.Database.EnsureDeleted();
    }

    [IterationSetup(Target = nameof(Create))]
    public void FreshAccount() => _account.AccountId = NewAccountAsync().GetAwaiter().GetResult();

    [IterationSetup(Targets = [nameof(Update), nameof(Unchanged)])]
    public void PopulatedAccount() => _account.AccountId = _populatedAccountId;

    [Benchmark(Description = "upsert 1,000 new rows")]
    public Task<int> Create() => UpsertAsync(ErpRows(""));

    [Benchmark(Description = "upsert 1,000 changed rows")]
    public Task<int> Update() => UpsertAsync(ErpRows($" v{++_edition}"));

    [Benchmark(Baseline = true, Description = "upsert 1,000 unchanged rows")]
    public Task<int> Unchanged() => UpsertAsync(ErpRows($" v{_edition}"));

    private async Task<int> UpsertAsync(List<UpsertCustomerInput> rows) =>
        (await _customers.UpsertByExternalReferenceAsync(rows)).Value!.Count;

    private static List<UpsertCustomerInput> ErpRows(string edition) =>
        Enumerable
            .Range(1, Rows)
            .Select(number => new UpsertCustomerInput($"ERP-{number:D5}", $"Customer {number:D5}{edition}")
            {
                Type = CustomerType.Dealer,
                Email = $"c{number}@example.com",
                PhoneNumber = $"+45{10000000 + number}",
                Address = new AddressInput("Main Street 1", "8000", "Aarhus", Country: "DK"),
            })
            .ToList();

    private async Task<Guid> NewAccountAsync()
    {
        await using var db = await _contexts.CreateDbContextAsync();
        var account = new Account
        {
            Id = Guid.NewGuid(),
            Name = "Benchmark",
            CreatedAt = DateTime.UtcNow,
        };
        db.Accounts.Add(account);
        await db.SaveChangesAsync();
        return account.Id;
    }

    private sealed class SwitchableAccount : ICurrentAccount
    {
        public Guid AccountId { get; set; }
    }
}
