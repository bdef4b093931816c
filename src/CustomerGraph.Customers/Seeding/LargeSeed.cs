using System.Data.Common;
using System.Text;
using Bogus;
using CustomerGraph.Customers.Accounts;
using CustomerGraph.Customers.Customers;
using CustomerGraph.Customers.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomerGraph.Customers.Seeding;

/// <summary>
/// A benchmark data set of any size (e.g. 1,000,000 customers with a few contacts each), written with multi-row
/// INSERT statements in large transactions, bypassing change tracking so a million rows take minutes, not hours.
/// </summary>
public static class LargeSeed
{
    // Small multi-row statements: SQLite binds parameters by name, which grows quadratically with their number.
    private const int RowsPerStatement = 10;
    private const int RowsPerTransaction = 50_000;
    private const int RandomSeed = 20250402;

    private static readonly string[] CustomerColumns =
    [
        "Id",
        "AccountId",
        "Name",
        "Type",
        "Description",
        "ExternalReference",
        "Email",
        "PhoneNumber",
        "Website",
        "AddressStreetAddress",
        "AddressPostalCode",
        "AddressCity",
        "AddressRegion",
        "AddressCountry",
        "CreatedAt",
        "UpdatedAt",
        "Version",
    ];

    private static readonly string[] ContactColumns =
    [
        "Id",
        "AccountId",
        "CustomerId",
        "Name",
        "Type",
        "Role",
        "Email",
        "PhoneNumber",
        "IsPrimary",
        "Note",
        "CreatedAt",
        "UpdatedAt",
        "Version",
    ];

    /// <summary>
    /// Adds <paramref name="customerCount"/> customers with <paramref name="contactsPerCustomer"/> contacts each to
    /// <paramref name="accountId"/> (creating the account). Deterministic for a given count.
    /// </summary>
    public static async Task SeedAsync(
        IDbContextFactory<CustomerDbContext> contexts,
        Guid accountId,
        int customerCount,
        int contactsPerCustomer = 0,
        CancellationToken cancellationToken = default
    )
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Accounts.AnyAsync(a => a.Id == accountId, cancellationToken))
        {
            db.Accounts.Add(
                new Account
                {
                    Id = accountId,
                    Name = "Benchmark Fleet Owner",
                    CreatedAt = DateTime.UtcNow,
                }
            );
            await db.SaveChangesAsync(cancellationToken);
        }
        // SQLite keeps Guids as upper-case text (EF's mapping); other providers take Guid parameters natively.
        var guidsAsText = db.Database.IsSqlite();
        object Key(Guid id) => guidsAsText ? id.ToString().ToUpperInvariant() : id;

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        if (guidsAsText)
        {
            // Random ids land all over five B-trees; a large page cache keeps them in memory while loading.
            await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -262144", cancellationToken);
        }
        var faker = new Faker("en") { Random = new Randomizer(RandomSeed) };
        var customerRows = new List<object?[]>(RowsPerStatement);
        var contactRows = new List<object?[]>(RowsPerStatement);
        DbTransaction? transaction = null;
        for (var number = 1; number <= customerCount; number++)
        {
            if ((number - 1) % RowsPerTransaction == 0)
            {
                if (transaction is not null)
                {
                    await transaction.CommitAsync(cancellationToken);
                    await transaction.DisposeAsync();
                }
                transaction = await connection.BeginTransactionAsync(cancellationToken);
            }
            var customer = DemoSeed.NewCustomer(faker, accountId, number);
            customerRows.Add([
                Key(customer.Id),
                Key(accountId),
                customer.Name,
                customer.Type.ToString(),
                customer.Description,
                customer.ExternalReference,
                customer.Email,
                customer.PhoneNumber,
                customer.Website,
                customer.Address.StreetAddress,
                customer.Address.PostalCode,
                customer.Address.City,
                customer.Address.Region,
                customer.Address.Country,
                customer.CreatedAt,
                customer.UpdatedAt,
                customer.Version,
            ]);
            for (var i = 0; i < contactsPerCustomer; i++)
                contactRows.Add([
                    Key(faker.Random.Guid()),
                    Key(accountId),
                    Key(customer.Id),
                    faker.Name.FullName(),
                    "Person",
                    null,
                    null,
                    null,
                    i == 0,
                    null,
                    customer.CreatedAt,
                    customer.CreatedAt,
                    1,
                ]);
            // Customers first: their contacts reference them.
            if (customerRows.Count == RowsPerStatement)
            {
                await FlushAsync(
                    connection,
                    transaction!,
                    "Customers",
                    CustomerColumns,
                    customerRows,
                    cancellationToken
                );
                await FlushAsync(
                    connection,
                    transaction!,
                    "CustomerContacts",
                    ContactColumns,
                    contactRows,
                    cancellationToken
                );
            }
        }
        if (transaction is not null)
        {
            await FlushAsync(
                connection,
                transaction,
                "Customers",
                CustomerColumns,
                customerRows,
                cancellationToken
            );
            await FlushAsync(
                connection,
                transaction,
                "CustomerContacts",
                ContactColumns,
                contactRows,
                cancellationToken
            );
            await transaction.CommitAsync(cancellationToken);
            await transaction.DisposeAsync();
        }
        await db.Database.CloseConnectionAsync();
    }

    private static async Task FlushAsync(
        DbConnection connection,
        DbTransaction transaction,
        string table,
        string[] columns,
        List<object?[]> rows,
        CancellationToken cancellationToken
    )
    {
        for (var start = 0; start < rows.Count; start += RowsPerStatement)
            await InsertAsync(
                connection,
                transaction,
                table,
                columns,
                rows.GetRange(start, Math.Min(RowsPerStatement, rows.Count - start)),
                cancellationToken
            );
        rows.Clear();
    }

    private static async Task InsertAsync(
        DbConnection connection,
        DbTransaction transaction,
        string table,
        string[] columns,
        List<object?[]> rows,
        CancellationToken cancellationToken
    )
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var sql = new StringBuilder()
            .Append($"INSERT INTO \"{table}\" (")
            .AppendJoin(", ", columns.Select(column => $"\"{column}\""))
            .Append(") VALUES ");
        for (var row = 0; row < rows.Count; row++)
        {
            sql.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < columns.Length; column++)
            {
                var name = $"@p{row}_{column}";
                sql.Append(column == 0 ? name : ", " + name);
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = rows[row][column] ?? DBNull.Value;
                command.Parameters.Add(parameter);
            }
            sql.Append(')');
        }
        command.CommandText = sql.ToString();
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
