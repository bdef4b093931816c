using CustomerGraph.Customers.Accounts;
using CustomerGraph.Customers.Seeding;
using Microsoft.EntityFrameworkCore;

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
    )
    {
        if (options.Provider != DatabaseProvider.PostgreSql)
        {
            await MigrateAndSeedAsync(contexts, options, cancellationToken);
            return;
        }
        // The lock lives on its own connection, held open (not pooled in between) until released.
        await using var lockDb = await contexts.CreateDbContextAsync(cancellationToken);
        // Waiting for another instance's migration and seed is no fault, however long they take.
        lockDb.Database.SetCommandTimeout(StartupCommandTimeout);
        await lockDb.Database.OpenConnectionAsync(cancellationToken);
        await lockDb.Database.ExecuteSqlAsync(
            $"SELECT pg_advisory_lock({MigrationLockKey})",
            cancellationToken
        );
        try
        {
            await MigrateAndSeedAsync(contexts, options, cancellationToken);
        }
        finally
        {
            await lockDb.Database.ExecuteSqlAsync(
                $"SELECT pg_advisory_unlock({MigrationLockKey})",
                CancellationToken.None
            );
        }
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
