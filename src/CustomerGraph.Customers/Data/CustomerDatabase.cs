using System.Diagnostics;
using CustomerGraph.Customers.Accounts;
using CustomerGraph.Customers.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CustomerGraph.Customers.Data;

/// <summary>Brings the database to the current schema at start-up and fills an empty one with demo data.</summary>
public static class CustomerDatabase
{
    /// <summary>Key of the PostgreSQL advisory lock held around migration and seeding ("CGMIGRAT" as ASCII).</summary>
    public const long MigrationLockKey = 0x43474D4947524154;

    /// <summary>
    /// Applies pending migrations (never EnsureCreated, so the schema can evolve), makes sure the default account
    /// exists, and seeds the demo data set when the database has no customers and seeding is enabled. On PostgreSQL
    /// all of it runs under a session advisory lock, so instances starting together take turns: the first migrates
    /// and seeds, the others wait, then find nothing left to do.
    /// </summary>
    public static async Task InitializeAsync(
        IDbContextFactory<CustomerDbContext> contexts,
        CustomerDatabaseOptions options,
        CancellationToken cancellationToken = default
    ) => await InitializeAsync(contexts, options, NullLogger.Instance, cancellationToken);

    /// <summary>
    /// The same as the overload without a logger, saying through <paramref name="logger"/> when the migration lock is
    /// held elsewhere (by which PostgreSQL process) and when it is taken after a wait.
    /// </summary>
    public static async Task InitializeAsync(
        IDbContextFactory<CustomerDbContext> contexts,
        CustomerDatabaseOptions options,
        ILogger logger,
        CancellationToken cancellationToken = default
    )
    {
        if (options.Provider != DatabaseProvider.PostgreSql)
        {
            await MigrateAndSeedAsync(contexts, options, cancellationToken);
            return;
        }
        await using var lockDb = await contexts.CreateDbContextAsync(cancellationToken);
        await EnsureDatabaseExistsAsync(lockDb, cancellationToken);
        // The lock lives on a connection of its own, outside the pool: it is closed (and the lock with it) when this
        // method ends, however it ends, and a pooled connection can never carry the lock into a request.
        var connectionString = new NpgsqlConnectionStringBuilder(lockDb.Database.GetConnectionString())
        {
            Pooling = false,
            // A holder whose host vanished without closing its socket is noticed by the keepalive, not hours later.
            KeepAlive = 5,
        };
        await using var connection = new NpgsqlConnection(connectionString.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await AcquireMigrationLockAsync(connection, logger, cancellationToken);
        await MigrateAndSeedAsync(contexts, options, cancellationToken);
        await using var unlock = new NpgsqlCommand(
            $"SELECT pg_advisory_unlock({MigrationLockKey})",
            connection
        );
        await unlock.ExecuteScalarAsync(CancellationToken.None);
    }

    /// <summary>The lock needs the database to connect to; instances creating it at once race harmlessly.</summary>
    private static async Task EnsureDatabaseExistsAsync(
        CustomerDbContext db,
        CancellationToken cancellationToken
    )
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(cancellationToken))
            return;
        try
        {
            await creator.CreateAsync(cancellationToken);
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.DuplicateDatabase)
        { }
    }

    /// <summary>How long start-up waits for another instance's migration and seed before it gives up with an error.</summary>
    public static readonly TimeSpan MigrationLockWait = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Polls pg_try_advisory_lock instead of blocking in pg_advisory_lock: the wait is bounded, logged with the
    /// server process holding the lock, and cancellable.
    /// </summary>
    private static async Task AcquireMigrationLockAsync(
        NpgsqlConnection connection,
        ILogger logger,
        CancellationToken cancellationToken
    )
    {
        var waited = Stopwatch.StartNew();
        var logged = false;
        while (true)
        {
            await using var take = new NpgsqlCommand(
                $"SELECT pg_try_advisory_lock({MigrationLockKey})",
                connection
            );
            if ((bool)(await take.ExecuteScalarAsync(cancellationToken))!)
            {
                if (logged)
                    logger.LogWarning(
                        "Migration lock taken after {Seconds:0.0} s",
                        waited.Elapsed.TotalSeconds
                    );
                return;
            }
            if (waited.Elapsed > MigrationLockWait)
                throw new TimeoutException(
                    $"The migration lock (advisory lock {MigrationLockKey}) was still held by PostgreSQL process "
                        + $"{await LockHolderAsync(connection, cancellationToken)} after {MigrationLockWait}; "
                        + "another instance's migration or seed has not finished."
                );
            if (!logged)
            {
                logger.LogWarning(
                    "Waiting for the migration lock held by PostgreSQL process {Holder} (another instance migrating or seeding)",
                    await LockHolderAsync(connection, cancellationToken)
                );
                logged = true;
            }
            await Task.Delay(LockPollInterval, cancellationToken);
        }
    }

    private static readonly TimeSpan LockPollInterval = TimeSpan.FromMilliseconds(250);

    private static async Task<string> LockHolderAsync(
        NpgsqlConnection connection,
        CancellationToken cancellationToken
    )
    {
        await using var holder = new NpgsqlCommand(
            "SELECT coalesce(string_agg(l.pid || ' (' || coalesce(a.client_addr::text, 'local') || ':' || "
                + "coalesce(a.client_port, 0) || ', since ' || a.backend_start || ')', ', '), 'none') FROM pg_locks l "
                + "LEFT JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted "
                + "AND ((l.classid::bigint << 32) | l.objid::bigint) = @key",
            connection
        );
        holder.Parameters.AddWithValue("key", MigrationLockKey);
        return (string)(await holder.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Migrations and the seed may take longer than the request-sized command timeout of the connection string.</summary>
    private static readonly TimeSpan StartupCommandTimeout = TimeSpan.FromMinutes(10);

    private static async Task MigrateAndSeedAsync(
        IDbContextFactory<CustomerDbContext> contexts,
        CustomerDatabaseOptions options,
        CancellationToken cancellationToken
    )
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Database.SetCommandTimeout(StartupCommandTimeout);
        await db.Database.MigrateAsync(cancellationToken);
        if (options.SeedDemoData && !await db.Customers.AnyAsync(cancellationToken))
        {
            await DemoSeed.SeedAsync(db, options.DefaultAccountId, cancellationToken);
            return;
        }
        if (!await db.Accounts.AnyAsync(a => a.Id == options.DefaultAccountId, cancellationToken))
        {
            db.Accounts.Add(
                new Account
                {
                    Id = options.DefaultAccountId,
                    Name = "Default account",
                    CreatedAt = DateTime.UtcNow,
                }
            );
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
