using CustomerGraph.Customers.Accounts;
using CustomerGraph.Customers.AssetAssignments;
using CustomerGraph.Customers.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomerGraph.Customers.Common;

/// <summary>
/// How many children each of many parents has, for the total of a nested list. Each method is ONE grouped statement
/// whatever the number of parents; a parent without children is absent (count 0).
/// </summary>
public sealed class ChildCountQueries(IDbContextFactory<CustomerDbContext> contexts, ICurrentAccount account)
{
    /// <summary>The number of contacts of each of <paramref name="customerIds"/>.</summary>
    public async Task<IReadOnlyDictionary<Guid, int>> CountContactsAsync(
        IReadOnlyCollection<Guid> customerIds,
        CancellationToken cancellationToken = default
    )
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db
            .Contacts.Where(c => c.AccountId == account.AccountId && customerIds.Contains(c.CustomerId))
            .GroupBy(c => c.CustomerId)
            .Select(group => new { group.Key, Count = group.Count() })
            .ToDictionaryAsync(row => row.Key, row => row.Count, cancellationToken);
    }

    /// <summary>The number of asset assignments of each of <paramref name="customerIds"/>, optionally of some types only.</summary>
    public async Task<IReadOnlyDictionary<Guid, int>> CountAssignmentsForCustomersAsync(
        IReadOnlyCollection<Guid> customerIds,
        IReadOnlyCollection<AssignmentType>? assignmentTypes = null,
        CancellationToken cancellationToken = default
    )
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await OfTypes(db, assignmentTypes)
            .Where(a => customerIds.Contains(a.CustomerId))
            .GroupBy(a => a.CustomerId)
            .Select(group => new { group.Key, Count = group.Count() })
            .ToDictionaryAsync(row => row.Key, row => row.Count, cancellationToken);
    }

    /// <summary>The number of customer assignments of each of <paramref name="assetIds"/>, optionally of some types only.</summary>
    public async Task<IReadOnlyDictionary<Guid, int>> CountAssignmentsForAssetsAsync(
        IReadOnlyCollection<Guid> assetIds,
        IReadOnlyCollection<AssignmentType>? assignmentTypes = null,
        CancellationToken cancellationToken = default
    )
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await OfTypes(db, assignmentTypes)
            .Where(a => assetIds.Contains(a.AssetId))
            .GroupBy(a => a.AssetId)
            .Select(group => new { group.Key, Count = group.Count() })
            .ToDictionaryAsync(row => row.Key, row => row.Count, cancellationToken);
    }

    // An empty type list means every type, as in the batch loaders.
    private IQueryable<CustomerAssetAssignment> OfTypes(
        CustomerDbContext db,
        IReadOnlyCollection<AssignmentType>? assignmentTypes
    )
    {
        var accountId = account.AccountId;
        var query = db.Assignments.Where(a => a.AccountId == accountId);
        if (assignmentTypes is { Count: > 0 })
        {
            var types = assignmentTypes.Distinct().ToList();
            query = query.Where(a => types.Contains(a.AssignmentType));
        }
        return query;
    }
}
