using Microsoft.EntityFrameworkCore;

namespace CustomerGraph.Customers.Data;

/// <summary>Creates short-lived contexts for the configured provider; one per operation or batch load, never shared.</summary>
public sealed class CustomerDbContextFactory : IDbContextFactory<CustomerDbContext>
{
    private readonly Func<CustomerDbContext> _create;

    public CustomerDbContextFactory(
        CustomerDatabaseOptions options,
        Action<DbContextOptionsBuilder>? configure = null
    )
    {
        var connectionString = options.ResolveConnectionString();
        Provider = options.Provider;
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
            {
                var builder = new DbContextOptionsBuilder<SqliteCustomerDbContext>()
                    .UseSqlite(connectionString)
                    .AddInterceptors(SqliteWalInterceptor.Instance);
                configure?.Invoke(builder);
                var built = builder.Options;
                _create = () => new SqliteCustomerDbContext(built);
                break;
            }
            case DatabaseProvider.PostgreSql:
            {
                // Reads are retried over transient faults, writes never (ReadRetryingExecutionStrategy).
                var builder = new DbContextOptionsBuilder<PostgreSqlCustomerDbContext>()
                    .UseNpgsql(
                        connectionString,
                        npgsql =>
                            npgsql.ExecutionStrategy(dependencies => new ReadRetryingExecutionStrategy(
                                dependencies
                            ))
                    )
                    .AddInterceptors(WriteCommandTracker.Instance);
                configure?.Invoke(builder);
                var built = builder.Options;
                _create = () => new PostgreSqlCustomerDbContext(built);
                break;
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "Unknown provider.");
        }
    }

    /// <summary>The provider the contexts run on.</summary>
    public DatabaseProvider Provider { get; }

    public CustomerDbContext CreateDbContext() => _create();
}
