using System.Collections.Concurrent;
using System.Data.Common;
using CustomerGraph.Customers.Accounts;
using CustomerGraph.Customers.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CustomerGraph.Customers.Tests;

/// <summary>
/// A fresh SQLite file in a temp folder (or a fresh PostgreSQL database on the server ./test.sh starts) with the
/// migrations applied, and the domain wired over it.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly AsyncServiceScope _scope;
    private readonly TemporaryFolder _folder;

    private TestDatabase(TemporaryFolder folder, CustomerDatabaseOptions options, TestClock clock)
    {
        _folder = folder;
        Options = options;
        Clock = clock;
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddCustomerDomain(options, builder => builder.AddInterceptors(Statements, BeforeSave));
        _services = services.BuildServiceProvider();
        _scope = _services.CreateAsyncScope();
        Contexts = _services.GetRequiredService<IDbContextFactory<CustomerDbContext>>();
    }

    public string Folder => _folder.Path;

    public CustomerDatabaseOptions Options { get; }

    public TestClock Clock { get; }

    /// <summary>Counts and records every SQL statement EF sends.</summary>
    public StatementCounter Statements { get; } = new();

    /// <summary>Runs a hook just before the next SaveChanges writes, to simulate a concurrent writer.</summary>
    public BeforeSaveHook BeforeSave { get; } = new();

    public IDbContextFactory<CustomerDbContext> Contexts { get; }

    public string ConnectionString => Options.ResolveConnectionString();

    public Guid AccountId => Options.DefaultAccountId;

    public CustomerService Customers => Get<CustomerService>();

    public CustomerQueries CustomerQueries => Get<CustomerQueries>();

    public ContactService Contacts => Get<ContactService>();

    public ContactQueries ContactQueries => Get<ContactQueries>();

    public AssetAssignmentService Assignments => Get<AssetAssignmentService>();

    public AssetAssignmentQueries AssignmentQueries => Get<AssetAssignmentQueries>();

    public AssetQueries AssetQueries => Get<AssetQueries>();

    public CustomFieldService CustomFields => Get<CustomFieldService>();

    public CustomFieldQueries CustomFieldQueries => Get<CustomFieldQueries>();

    public T Get<T>()
        where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();

    /// <summary>Creates the database; the demo seed is off unless asked for.</summary>
    public static async Task<TestDatabase> CreateAsync(
        bool seedDemoData = false,
        DatabaseProvider provider = DatabaseProvider.Sqlite
    )
    {
        var folder = new TemporaryFolder("customers");
        var options = new CustomerDatabaseOptions { DataFolder = folder.Path, SeedDemoData = seedDemoData };
        if (provider == DatabaseProvider.PostgreSql)
        {
            var server =
                Environment.GetEnvironmentVariable("CUSTOMERGRAPH_TEST_POSTGRES")
                ?? throw new InvalidOperationException(
                    "CUSTOMERGRAPH_TEST_POSTGRES is not set: ./test.sh starts PostgreSQL and sets it."
                );
            options.Provider = DatabaseProvider.PostgreSql;
            options.ConnectionString =
                $"{server};Database=customergraph_test_{Guid.NewGuid().ToString("N")[..12]}";
        }
        var database = new TestDatabase(folder, options, new TestClock());
        await CustomerDatabase.InitializeAsync(database.Contexts, options);
        database.Statements.Reset();
        return database;
    }

    /// <summary>A second account in the same database, to check isolation.</summary>
    public async Task<TestDatabase.OtherAccount> AddOtherAccountAsync()
    {
        var id = Guid.NewGuid();
        await using var db = await Contexts.CreateDbContextAsync();
        db.Accounts.Add(
            new Account
            {
                Id = id,
                Name = "Other",
                CreatedAt = DateTime.UtcNow,
            }
        );
        await db.SaveChangesAsync();
        var current = new FixedAccount(id);
        return new OtherAccount(
            new CustomerService(Contexts, current, Clock),
            new CustomerQueries(Contexts, current),
            new ContactQueries(Contexts, current)
        );
    }

    /// <summary>Services acting for another account.</summary>
    public sealed record OtherAccount(
        CustomerService Customers,
        CustomerQueries Queries,
        ContactQueries Contacts
    );

    /// <summary>A <typeparamref name="T"/> acting for this account with only <paramref name="scopes"/>.</summary>
    public T WithScopes<T>(params string[] scopes)
        where T : notnull =>
        ActivatorUtilities.CreateInstance<T>(
            _scope.ServiceProvider,
            new FixedAccount(AccountId, scopes.ToHashSet())
        );

    private sealed record FixedAccount(Guid AccountId, IReadOnlySet<string> Scopes) : ICurrentAccount
    {
        public FixedAccount(Guid accountId)
            : this(accountId, AccountScopes.All) { }
    }

    public async ValueTask DisposeAsync()
    {
        if (Options.Provider == DatabaseProvider.PostgreSql)
        {
            await using var db = await Contexts.CreateDbContextAsync();
            NpgsqlConnection.ClearAllPools();
            await db.Database.EnsureDeletedAsync();
        }
        await _scope.DisposeAsync();
        await _services.DisposeAsync();
        _folder.Dispose();
    }
}

/// <summary>A clock the tests move by hand; starts at a fixed instant and ticks one millisecond per reading.</summary>
public sealed class TestClock : TimeProvider
{
    private DateTimeOffset _now = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow()
    {
        lock (this)
        {
            _now = _now.AddMilliseconds(1);
            return _now;
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (this)
            _now = _now.Add(by);
    }
}

/// <summary>Counts SQL statements and keeps their text.</summary>
public sealed class StatementCounter : DbCommandInterceptor
{
    private readonly ConcurrentQueue<RecordedCommand> _commands = new();

    public int Count => _commands.Count;

    public IReadOnlyList<string> Texts => _commands.Select(command => command.Text).ToList();

    /// <summary>The statements with their parameter values, for replaying under EXPLAIN QUERY PLAN.</summary>
    public IReadOnlyList<RecordedCommand> Commands => _commands.ToList();

    public void Reset() => _commands.Clear();

    private void Record(DbCommand command) =>
        _commands.Enqueue(
            new RecordedCommand(
                command.CommandText,
                command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value)).ToList()
            )
        );

    public override InterceptionResult<DbDataReader> ReaderExecuting(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<DbDataReader> result
    )
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<DbDataReader> result,
        CancellationToken cancellationToken = default
    )
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<int> result
    )
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default
    )
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<object> result
    )
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<object> result,
        CancellationToken cancellationToken = default
    )
    {
        Record(command);
        return ValueTask.FromResult(result);
    }
}

/// <summary>One executed statement.</summary>
public sealed record RecordedCommand(string Text, IReadOnlyList<(string Name, object? Value)> Parameters);

/// <summary>Runs a one-shot action right before SaveChanges writes: the "someone else saved first" moment.</summary>
public sealed class BeforeSaveHook : SaveChangesInterceptor
{
    private Func<Task>? _next;

    public void Once(Func<Task> action) => _next = action;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default
    )
    {
        if (Interlocked.Exchange(ref _next, null) is { } action)
            await action();
        return result;
    }
}
