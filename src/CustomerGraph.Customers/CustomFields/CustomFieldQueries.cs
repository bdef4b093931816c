using CustomerGraph.Customers.Accounts;
using CustomerGraph.Customers.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomerGraph.Customers.CustomFields;

/// <summary>Reads custom field definitions and values of the current account.</summary>
public sealed class CustomFieldQueries(IDbContextFactory<CustomerDbContext> contexts, ICurrentAccount account)
{
    /// <summary>The definitions for <paramref name="entityType"/>, ordered by key.</summary>
    public async Task<IReadOnlyList<CustomFieldDefinition>> GetDefinitionsAsync(
        CustomFieldEntityType entityType = CustomFieldEntityType.Customer,
        CancellationToken cancellationToken = default
    )
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db
            .CustomFieldDefinitions.AsNoTracking()
            .Where(d => d.AccountId == account.AccountId && d.EntityType == entityType)
            .OrderBy(d => d.Key)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The definitions with the given ids, keyed by id; unknown ids are absent.</summary>
    public async Task<IReadOnlyDictionary<Guid, CustomFieldDefinition>> GetDefinitionsByIdsAsync(
        IReadOnlyCollection<Guid> ids,
        CancellationToken cancellationToken = default
    )
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db
            .CustomFieldDefinitions.AsNoTracking()
            .Where(d => d.AccountId == account.AccountId && ids.Contains(d.Id))
            .ToDictionaryAsync(d => d.Id, cancellationToken);
    }

    /// <summary>
    /// Every custom field value (with its <see cref="CustomFieldValue.Definition"/>, ordered by key) of each of
    /// <paramref name="customerIds"/>, in ONE SQL statement; a customer without values maps to an empty list.
    /// The list per customer is bounded by the number of definitions, so it needs no window.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<CustomFieldValue>>> GetValuesForCustomersAsync(
        IReadOnlyCollection<Guid> customerIds,
        CancellationToken cancellationToken = default
    )
    {
        if (customerIds.Count == 0)
            return new Dictionary<Guid, IReadOnlyList<CustomFieldValue>>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db
            .CustomFieldValues.AsNoTracking()
            .Include(v => v.Definition)
            .Where(v => v.AccountId == account.AccountId && customerIds.Contains(v.CustomerId))
            .OrderBy(v => v.CustomerId)
            .ThenBy(v => v.Definition!.Key)
            .ToListAsync(cancellationToken);
        var lookup = rows.ToLookup(v => v.CustomerId);
        return customerIds
            .Distinct()
            .ToDictionary(id => id, id => (IReadOnlyList<CustomFieldValue>)lookup[id].ToList());
    }
}
