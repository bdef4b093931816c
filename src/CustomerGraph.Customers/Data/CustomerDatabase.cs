using CustomerGraph.Customers.Accounts;
using CustomerGraph.Customers.Seeding;
using Microsoft.EntityFrameworkCore;

namespace CustomerGraph.Customers.Data;

/// <summary>Brings the database to the current schema at start-up and fills an empty one with demo data.</summary>
public static class CustomerDatabase
{
    /// <summary>
    /// Applies pending migrations (never EnsureCreated, so the schema can evolve), makes sure the default account
    /// exists, and seeds the demo data set when the database has no customers and seeding is enabled.
    /// </summary>
    public static async Task InitializeAsync(
        IDbContextFactory<CustomerDbContext> contexts,
        CustomerDatabaseOptions options,
        CancellationToken cancellationToken = default
    )
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
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
