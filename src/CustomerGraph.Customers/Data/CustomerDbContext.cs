using CustomerGraph.Customers.Accounts;
using CustomerGraph.Customers.AssetAssignments;
using CustomerGraph.Customers.Assets;
using CustomerGraph.Customers.Contacts;
using CustomerGraph.Customers.Customers;
using CustomerGraph.Customers.CustomFields;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CustomerGraph.Customers.Data;

/// <summary>
/// The customer data model. One subclass per database provider exists only so that each provider keeps its own
/// migrations; the model itself is identical and provider-neutral.
/// </summary>
public abstract class CustomerDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<CustomerContact> Contacts => Set<CustomerContact>();

    public DbSet<Asset> Assets => Set<Asset>();

    public DbSet<CustomerAssetAssignment> Assignments => Set<CustomerAssetAssignment>();

    public DbSet<CustomFieldDefinition> CustomFieldDefinitions => Set<CustomFieldDefinition>();

    public DbSet<CustomFieldValue> CustomFieldValues => Set<CustomFieldValue>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CustomerDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every timestamp is UTC; SQLite forgets the kind, so it is restored on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    private sealed class UtcDateTimeConverter()
        : ValueConverter<DateTime, DateTime>(
            value => value,
            value => DateTime.SpecifyKind(value, DateTimeKind.Utc)
        );
}

/// <summary>The context on SQLite, with the SQLite migrations.</summary>
public sealed class SqliteCustomerDbContext(DbContextOptions<SqliteCustomerDbContext> options)
    : CustomerDbContext(options);

/// <summary>The context on PostgreSQL, with the PostgreSQL migrations.</summary>
public sealed class PostgreSqlCustomerDbContext(DbContextOptions<PostgreSqlCustomerDbContext> options)
    : CustomerDbContext(options);
