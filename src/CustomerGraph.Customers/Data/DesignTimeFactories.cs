using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CustomerGraph.Customers.Data;

/// <summary>Lets dotnet-ef build the SQLite context to generate its migrations.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCustomerDbContext>
{
    public SqliteCustomerDbContext CreateDbContext(string[] args) =>
        new(
            new DbContextOptionsBuilder<SqliteCustomerDbContext>().UseSqlite("Data Source=design.db").Options
        );
}

/// <summary>Lets dotnet-ef build the PostgreSQL context to generate its migrations (no server is contacted).</summary>
internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlCustomerDbContext>
{
    public PostgreSqlCustomerDbContext CreateDbContext(string[] args) =>
        new(
            new DbContextOptionsBuilder<PostgreSqlCustomerDbContext>()
                .UseNpgsql("Host=localhost;Database=customergraph")
                .Options
        );
}
