using CustomerGraph.Customers.Data;
using CustomerGraph.Customers.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CustomerGraph.Customers.Tests;

public sealed class DatabaseTests
{
    [Fact]
    public async Task Start_up_applies_every_migration_and_creates_the_default_account()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using var context = await db.Contexts.CreateDbContextAsync();
        Assert.NotEmpty(await context.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        Assert.True(await context.Accounts.AnyAsync(a => a.Id == db.AccountId));
        Assert.False(context.Database.HasPendingModelChanges());
    }

    [Fact]
    public async Task The_SQLite_file_runs_in_write_ahead_log_mode()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using var context = await db.Contexts.CreateDbContextAsync();
        var mode = await context
            .Database.SqlQueryRaw<string>("SELECT journal_mode AS \"Value\" FROM pragma_journal_mode")
            .SingleAsync();
        Assert.Equal("wal", mode);
        Assert.True(File.Exists(Path.Combine(db.Folder, db.Options.DatabaseFileName)));
    }

    [Fact]
    public async Task The_demo_seed_fills_an_empty_database_with_the_same_rows_every_time()
    {
        await using var first = await TestDatabase.CreateAsync(seedDemoData: true);
        await using var second = await TestDatabase.CreateAsync(seedDemoData: true);

        async Task<(int, int, int, int, int, int, string)> Summary(TestDatabase db)
        {
            await using var context = await db.Contexts.CreateDbContextAsync();
            var names = await context.Customers.OrderBy(c => c.Id).Select(c => c.Id + c.Name).ToListAsync();
            return (
                await context.Customers.CountAsync(),
                await context.Contacts.CountAsync(),
                await context.Assets.CountAsync(),
                await context.Assignments.CountAsync(),
                await context.CustomFieldDefinitions.CountAsync(),
                await context.CustomFieldValues.CountAsync(),
                string.Join(",", names).GetHashCode().ToString() + names.Count
            );
        }

        var summary = await Summary(first);
        Assert.Equal(summary, await Summary(second));
        var (customers, contacts, assets, assignments, definitions, values, _) = summary;
        Assert.Equal(DemoSeed.CustomerCount, customers);
        Assert.InRange(contacts, 500, 700);
        Assert.Equal(DemoSeed.AssetCount, assets);
        Assert.Equal(DemoSeed.AssignmentCount, assignments);
        Assert.Equal(2, definitions);
        Assert.InRange(values, 1, customers * 2);
    }

    [Fact]
    public async Task The_demo_seed_is_valid_under_the_domain_rules()
    {
        await using var db = await TestDatabase.CreateAsync(seedDemoData: true);
        await using var context = await db.Contexts.CreateDbContextAsync();
        foreach (var customer in await context.Customers.AsNoTracking().ToListAsync())
        {
            var validator = new Validator();
            CustomerRules.Validate(customer, validator);
            Assert.True(validator.IsValid, $"{customer.Name}: {string.Join("; ", validator.Errors)}");
        }
        foreach (var contact in await context.Contacts.AsNoTracking().ToListAsync())
        {
            var validator = new Validator();
            ContactRules.Validate(contact, validator);
            Assert.True(validator.IsValid, $"{contact.Name}: {string.Join("; ", validator.Errors)}");
        }
    }

    [Fact]
    public async Task Start_up_does_not_seed_a_database_that_has_customers()
    {
        await using var db = await TestDatabase.CreateAsync();
        await db.Customers.CreateAsync(new CreateCustomerInput("Mine"));
        var seeding = new CustomerDatabaseOptions { DataFolder = db.Folder, SeedDemoData = true };
        await CustomerDatabase.InitializeAsync(db.Contexts, seeding);
        Assert.Equal(1, await db.CustomerQueries.CountAsync());
    }

    [Fact]
    public async Task The_large_seed_writes_customers_and_contacts_in_batches()
    {
        await using var db = await TestDatabase.CreateAsync();
        await LargeSeed.SeedAsync(db.Contexts, db.AccountId, customerCount: 2_345, contactsPerCustomer: 2);

        Assert.Equal(2_345, await db.CustomerQueries.CountAsync());
        var page = (await db.CustomerQueries.ListAsync(new PageRequest(Last: 5))).Value!;
        Assert.Equal(5, page.Edges.Count);
        var contacts = (
            await db.ContactQueries.GetContactsForCustomersAsync(
                page.Nodes.Select(c => c.Id).ToList(),
                new(5)
            )
        ).Value!;
        Assert.All(contacts.Values, p => Assert.Equal(2, p.Edges.Count));
        // Written rows read back through EF exactly (Guids, times, enums).
        var customer = page.Nodes.First();
        Assert.Equal(customer.Id, (await db.CustomerQueries.GetByIdAsync(customer.Id))!.Id);
        Assert.Equal(DateTimeKind.Utc, customer.CreatedAt.Kind);
    }

    [Fact]
    public async Task The_windowed_contacts_query_reads_the_customer_name_index()
    {
        await using var db = await TestDatabase.CreateAsync();
        await LargeSeed.SeedAsync(db.Contexts, db.AccountId, customerCount: 2_000, contactsPerCustomer: 3);
        await using (var context = await db.Contexts.CreateDbContextAsync())
            await context.Database.ExecuteSqlRawAsync("ANALYZE");
        var ids = (await db.CustomerQueries.ListAsync(new PageRequest(50)))
            .Value!.Nodes.Select(c => c.Id)
            .ToList();
        db.Statements.Reset();
        await db.ContactQueries.GetContactsForCustomersAsync(ids, new(5));
        var statement = Assert.Single(db.Statements.Commands);

        await using var connection = new SqliteConnection(db.ConnectionString);
        await connection.OpenAsync();
        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + statement.Text;
        foreach (var (name, value) in statement.Parameters)
            explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                plan.Add(reader.GetString(3));

        var text = string.Join("\n", plan);
        Assert.Contains("IX_CustomerContacts_CustomerId_Name_Id (CustomerId=?)", text);
        Assert.DoesNotContain("SCAN t", text);
    }
}
