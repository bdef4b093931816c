using System.Collections.Concurrent;
using CustomerGraph.Customers.Common;
using CustomerGraph.Customers.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomerGraph.Customers.Accounts;

/// <summary>
/// Makes sure an authenticated account has its row before it acts: accounts are owned by the identity provider, so
/// the first request of a new one records it. Known accounts are remembered, so later requests skip the database.
/// </summary>
public sealed class AccountRegistry(IDbContextFactory<CustomerDbContext> contexts, TimeProvider time)
{
    private readonly ConcurrentDictionary<Guid, bool> _known = new();

    /// <summary>Records the account unless it exists; two first requests racing each other both succeed.</summary>
    public async Task EnsureAsync(Guid accountId, CancellationToken cancellationToken = default)
    {
        if (_known.ContainsKey(accountId))
            return;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Accounts.AnyAsync(a => a.Id == accountId, cancellationToken))
        {
            db.Accounts.Add(
                new Account
                {
                    Id = accountId,
                    Name = $"Account {accountId:D}",
                    CreatedAt = time.UtcNow(),
                }
            );
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                if (!await db.Accounts.AnyAsync(a => a.Id == accountId, cancellationToken))
                    throw;
            }
        }
        _known.TryAdd(accountId, true);
    }
}
