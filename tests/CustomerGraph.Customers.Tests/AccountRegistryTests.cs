using CustomerGraph.Customers.Accounts;
using Microsoft.EntityFrameworkCore;

namespace CustomerGraph.Customers.Tests;

/// <summary>Accounts arrive with their first authenticated request and are recorded then, once.</summary>
public sealed class AccountRegistryTests
{
    [Fact]
    public async Task A_new_account_is_recorded_so_its_first_change_can_refer_to_it()
    {
        await using var db = await TestDatabase.CreateAsync();
        var accountId = Guid.NewGuid();
        await db.Get<AccountRegistry>().EnsureAsync(accountId);

        var created = await new CustomerService(db.Contexts, new Acting(accountId), db.Clock).CreateAsync(
            new CreateCustomerInput("First customer")
        );
        Assert.True(created.Succeeded);
        await using var context = await db.Contexts.CreateDbContextAsync();
        var account = await context.Accounts.SingleAsync(a => a.Id == accountId);
        Assert.Equal($"Account {accountId:D}", account.Name);
    }

    [Fact]
    public async Task A_known_account_costs_no_statement()
    {
        await using var db = await TestDatabase.CreateAsync();
        var registry = db.Get<AccountRegistry>();
        var accountId = Guid.NewGuid();
        await registry.EnsureAsync(accountId);
        db.Statements.Reset();
        await registry.EnsureAsync(accountId);
        Assert.Equal(0, db.Statements.Count);
    }

    [Fact]
    public async Task Hosts_recording_the_same_account_at_once_all_succeed_with_one_row()
    {
        await using var db = await TestDatabase.CreateAsync();
        var accountId = Guid.NewGuid();
        var registries = Enumerable.Range(0, 4).Select(_ => new AccountRegistry(db.Contexts, db.Clock));
        await Task.WhenAll(registries.Select(registry => registry.EnsureAsync(accountId)));
        await using var context = await db.Contexts.CreateDbContextAsync();
        Assert.Equal(1, await context.Accounts.CountAsync(a => a.Id == accountId));
    }

    private sealed record Acting(Guid AccountId) : ICurrentAccount;
}
