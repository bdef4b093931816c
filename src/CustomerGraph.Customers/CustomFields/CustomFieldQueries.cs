using CustomerGraph.Customers.Accounts;
using CustomerGraph.Customers.Common;
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

    /// <summary>
    /// One numbered page of the definitions for <paramref name="entityType"/>, ordered by key, with the total
    /// count (the REST Custom Fields API's list).
    /// </summary>
    public async Task<Result<NumberedPage<CustomFieldDefinition>>> ListDefinitionsPageAsync(
        int page,
        int size,
        CustomFieldEntityType entityType = CustomFieldEntityType.Customer,
        CancellationToken cancellationToken = default
    )
    {
        var validator = new Validator();
        NumberedPages.Validate(page, size, validator);
        if (!validator.IsValid)
            return Result<NumberedPage<CustomFieldDefinition>>.Failure(validator.Errors);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db
            .CustomFieldDefinitions.AsNoTracking()
            .Where(d => d.AccountId == account.AccountId && d.EntityType == entityType);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query
            .OrderBy(d => d.Key)
            .Skip(NumberedPages.Offset(page, size))
            .Take(size)
            .ToListAsync(cancellationToken);
        return new NumberedPage<CustomFieldDefinition>(rows, page, size, total);
    }

    /// <summary>
    /// One numbered page of the values of the customer <paramref name="customerId"/> (with their definitions),
    /// ordered by key, with the total count (the REST Custom Fields API's value list); an unknown customer is a
    /// <see cref="NotFoundError"/> at <c>customerId</c>.
    /// </summary>
    public async Task<Result<NumberedPage<CustomFieldValue>>> ListValuesPageAsync(
        Guid customerId,
        int page,
        int size,
        CancellationToken cancellationToken = default
    )
    {
        var validator = new Validator();
        NumberedPages.Validate(page, size, validator);
        if (!validator.IsValid)
            return Result<NumberedPage<CustomFieldValue>>.Failure(validator.Errors);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var accountId = account.AccountId;
        if (
            !await db.Customers.AnyAsync(
                c => c.Id == customerId && c.AccountId == accountId,
                cancellationToken
            )
        )
            return new NotFoundError("Customer", customerId, "customerId");
        var query = db
            .CustomFieldValues.AsNoTracking()
            .Where(v => v.AccountId == accountId && v.CustomerId == customerId);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query
            .Include(v => v.Definition)
            .OrderBy(v => v.Definition!.Key)
            .Skip(NumberedPages.Offset(page, size))
            .Take(size)
            .ToListAsync(cancellationToken);
        return new NumberedPage<CustomFieldValue>(rows, page, size, total);
    }

    /// <summary>The definition with <paramref name="id"/>, or null.</summary>
    public async Task<CustomFieldDefinition?> GetDefinitionAsync(
        Guid id,
        CancellationToken cancellationToken = default
    ) => (await GetDefinitionsByIdsAsync([id], cancellationToken)).GetValueOrDefault(id);

    /// <summary>The value with <paramref name="valueId"/> (with its definition), or null.</summary>
    public async Task<CustomFieldValue?> GetValueAsync(
        Guid valueId,
        CancellationToken cancellationToken = default
    )
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db
            .CustomFieldValues.AsNoTracking()
            .Include(v => v.Definition)
            .SingleOrDefaultAsync(
                v => v.Id == valueId && v.AccountId == account.AccountId,
                cancellationToken
            );
    }

    /// <summary>The values (with their definitions, ordered by key) of the customer <paramref name="customerId"/>.</summary>
    public async Task<IReadOnlyList<CustomFieldValue>> GetValuesForCustomerAsync(
        Guid customerId,
        CancellationToken cancellationToken = default
    ) => (await GetValuesForCustomersAsync([customerId], cancellationToken))[customerId];

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
