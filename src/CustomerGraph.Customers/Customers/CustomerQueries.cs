using CustomerGraph.Customers.Accounts;
using CustomerGraph.Customers.Common;
using CustomerGraph.Customers.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomerGraph.Customers.Customers;

/// <summary>Reads the current account's customers: by id, in batches, and as a keyset-paginated list.</summary>
public sealed class CustomerQueries(IDbContextFactory<CustomerDbContext> contexts, ICurrentAccount account)
{
    /// <summary>The customer with <paramref name="id"/>, or null.</summary>
    public async Task<Customer?> GetByIdAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db
            .Customers.AsNoTracking()
            .SingleOrDefaultAsync(c => c.Id == id && c.AccountId == account.AccountId, cancellationToken);
    }

    /// <summary>The customers with the given ids, keyed by id, in one statement; unknown ids are absent.</summary>
    public async Task<IReadOnlyDictionary<Guid, Customer>> GetByIdsAsync(
        IReadOnlyCollection<Guid> ids,
        CancellationToken cancellationToken = default
    )
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db
            .Customers.AsNoTracking()
            .Where(c => c.AccountId == account.AccountId && ids.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, cancellationToken);
    }

    /// <summary>
    /// One page of customers. Keyset pagination: the cursor holds the sort key and id, so every page costs the
    /// same index seek however deep it is. Fetches one extra row to tell whether another page follows.
    /// <paramref name="withDescription"/> false leaves the free-text description (the one large column) unread.
    /// </summary>
    public async Task<Result<Page<Customer>>> ListAsync(
        PageRequest page,
        CustomerFilters? filters = null,
        CustomerSort? sort = null,
        CancellationToken cancellationToken = default,
        bool withDescription = true
    )
    {
        sort ??= CustomerSort.Default;
        var kind = CursorKind(sort.Field);
        var validator = new Validator();
        page.Validate(validator);
        filters?.Validate(validator);
        var (after, before) = page.DecodeCursors(validator, kind);
        if (!validator.IsValid)
            return Result<Page<Customer>>.Failure(validator.Errors);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = Filter(db.Customers.AsNoTracking(), filters);
        // "after" means further along the sort order; "before" means earlier.
        if (after is { } afterKey)
            query = Beyond(query, sort.Field, afterKey, greater: !sort.Descending);
        if (before is { } beforeKey)
            query = Beyond(query, sort.Field, beforeKey, greater: sort.Descending);
        // A backward page is read from its end: the reverse of the sort order.
        var ordered = Order(query, sort.Field, descending: sort.Descending != page.IsBackward)
            .Take(page.Size + 1);
        var rows = await (withDescription ? ordered : WithoutDescription(ordered)).ToListAsync(
            cancellationToken
        );
        return PageBuilder.Build(rows, page, customer => CursorOf(customer, sort.Field));
    }

    /// <summary>
    /// One numbered page of customers for the REST API, with the total count. Offset pagination (Skip/Take):
    /// page numbers stay stable for clients that jump to page N, at the price of deeper pages costing more; the
    /// graph's <see cref="ListAsync"/> is keyset-paginated instead. The id ends every order so pages never overlap.
    /// </summary>
    public async Task<Result<NumberedPage<Customer>>> ListPageAsync(
        int page,
        int size,
        IReadOnlyList<CustomerSort>? sorts = null,
        CustomerFilters? filters = null,
        CancellationToken cancellationToken = default
    )
    {
        var validator = new Validator();
        NumberedPages.Validate(page, size, validator);
        filters?.Validate(validator);
        if (!validator.IsValid)
            return Result<NumberedPage<Customer>>.Failure(validator.Errors);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = Filter(db.Customers.AsNoTracking(), filters);
        var total = await query.CountAsync(cancellationToken);
        var rows = await OrderAll(query, sorts is { Count: > 0 } ? sorts : [CustomerSort.Default])
            .Skip(NumberedPages.Offset(page, size))
            .Take(size)
            .ToListAsync(cancellationToken);
        return new NumberedPage<Customer>(rows, page, size, total);
    }

    /// <summary>The number of customers matching <paramref name="filters"/>; a separate query, run only when asked.</summary>
    public async Task<int> CountAsync(
        CustomerFilters? filters = null,
        CancellationToken cancellationToken = default
    )
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Filter(db.Customers, filters).CountAsync(cancellationToken);
    }

    /// <summary>The cursor of <paramref name="customer"/> in a list sorted by <paramref name="field"/>.</summary>
    public static Cursor CursorOf(Customer customer, CustomerSortField field) =>
        field switch
        {
            CustomerSortField.Name => CursorKey.ForText(CursorKey.Name, customer.Name, customer.Id),
            CustomerSortField.CreatedAt => CursorKey.ForTime(
                CursorKey.CreatedAt,
                customer.CreatedAt,
                customer.Id
            ),
            _ => CursorKey.ForTime(CursorKey.UpdatedAt, customer.UpdatedAt, customer.Id),
        };

    private static IQueryable<Customer> WithoutDescription(IQueryable<Customer> customers) =>
        customers.Select(c => new Customer
        {
            Id = c.Id,
            AccountId = c.AccountId,
            Name = c.Name,
            Type = c.Type,
            ExternalReference = c.ExternalReference,
            Email = c.Email,
            PhoneNumber = c.PhoneNumber,
            Website = c.Website,
            Address = c.Address,
            CreatedAt = c.CreatedAt,
            UpdatedAt = c.UpdatedAt,
            Version = c.Version,
        });

    private static char CursorKind(CustomerSortField field) =>
        field switch
        {
            CustomerSortField.Name => CursorKey.Name,
            CustomerSortField.CreatedAt => CursorKey.CreatedAt,
            _ => CursorKey.UpdatedAt,
        };

    private IQueryable<Customer> Filter(IQueryable<Customer> customers, CustomerFilters? filters)
    {
        var accountId = account.AccountId;
        var query = customers.Where(c => c.AccountId == accountId);
        if (filters is null)
            return query;
        if (Text.Clean(filters.Search) is { } search)
        {
            // lower() on both sides is the case-insensitive match SQLite and PostgreSQL share.
            var term = search.ToLowerInvariant();
            query = query.Where(c =>
                c.Name.ToLower().Contains(term)
                || (c.Email != null && c.Email.ToLower().Contains(term))
                || (c.ExternalReference != null && c.ExternalReference.ToLower().Contains(term))
            );
        }
        // Each listed value becomes a statement parameter, so lists are cut to the values that can match: repeats
        // go, and so do country codes that are no ISO code (every stored country is one).
        if (filters.Types is { } types)
        {
            var distinctTypes = types.Distinct().ToList();
            query = query.Where(c => distinctTypes.Contains(c.Type));
        }
        if (filters.Countries is { } countries)
        {
            var codes = countries
                .Select(code => code.Trim().ToUpperInvariant())
                .Where(IsoCodes.Countries.Contains)
                .Distinct()
                .ToList();
            query = query.Where(c => c.Address.Country != null && codes.Contains(c.Address.Country));
        }
        if (filters.HasAssets is { } hasAssets)
            query = query.Where(c => c.Assignments.Any() == hasAssets);
        if (filters.UpdatedSince is { } since)
        {
            var sinceUtc = since.ToUniversalTime();
            query = query.Where(c => c.UpdatedAt >= sinceUtc);
        }
        if (filters.CustomerIds is { } ids)
        {
            var distinctIds = ids.Distinct().ToList();
            query = query.Where(c => distinctIds.Contains(c.Id));
        }
        return query;
    }

    private static IQueryable<Customer> Order(
        IQueryable<Customer> query,
        CustomerSortField field,
        bool descending
    ) =>
        (field, descending) switch
        {
            (CustomerSortField.Name, false) => query.OrderBy(c => c.Name).ThenBy(c => c.Id),
            (CustomerSortField.Name, true) => query
                .OrderByDescending(c => c.Name)
                .ThenByDescending(c => c.Id),
            (CustomerSortField.CreatedAt, false) => query.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id),
            (CustomerSortField.CreatedAt, true) => query
                .OrderByDescending(c => c.CreatedAt)
                .ThenByDescending(c => c.Id),
            (_, false) => query.OrderBy(c => c.UpdatedAt).ThenBy(c => c.Id),
            (_, true) => query.OrderByDescending(c => c.UpdatedAt).ThenByDescending(c => c.Id),
        };

    // Every sort key in turn, then the id, which makes the order total.
    private static IOrderedQueryable<Customer> OrderAll(
        IQueryable<Customer> query,
        IReadOnlyList<CustomerSort> sorts
    )
    {
        var ordered = (sorts[0].Field, sorts[0].Descending) switch
        {
            (CustomerSortField.Name, false) => query.OrderBy(c => c.Name),
            (CustomerSortField.Name, true) => query.OrderByDescending(c => c.Name),
            (CustomerSortField.CreatedAt, false) => query.OrderBy(c => c.CreatedAt),
            (CustomerSortField.CreatedAt, true) => query.OrderByDescending(c => c.CreatedAt),
            (_, false) => query.OrderBy(c => c.UpdatedAt),
            (_, true) => query.OrderByDescending(c => c.UpdatedAt),
        };
        foreach (var sort in sorts.Skip(1))
            ordered = (sort.Field, sort.Descending) switch
            {
                (CustomerSortField.Name, false) => ordered.ThenBy(c => c.Name),
                (CustomerSortField.Name, true) => ordered.ThenByDescending(c => c.Name),
                (CustomerSortField.CreatedAt, false) => ordered.ThenBy(c => c.CreatedAt),
                (CustomerSortField.CreatedAt, true) => ordered.ThenByDescending(c => c.CreatedAt),
                (_, false) => ordered.ThenBy(c => c.UpdatedAt),
                (_, true) => ordered.ThenByDescending(c => c.UpdatedAt),
            };
        return ordered.ThenBy(c => c.Id);
    }

    // Rows strictly after (greater) or before (less) the cursor's (sort key, id) in ascending terms.
    private static IQueryable<Customer> Beyond(
        IQueryable<Customer> query,
        CustomerSortField field,
        CursorKey key,
        bool greater
    )
    {
        var id = key.Id;
        if (field == CustomerSortField.Name)
        {
            var name = key.SortValue;
            return greater
                ? query.Where(c => string.Compare(c.Name, name) > 0 || (c.Name == name && c.Id > id))
                : query.Where(c => string.Compare(c.Name, name) < 0 || (c.Name == name && c.Id < id));
        }
        var time = key.Time;
        return (field, greater) switch
        {
            (CustomerSortField.CreatedAt, true) => query.Where(c =>
                c.CreatedAt > time || (c.CreatedAt == time && c.Id > id)
            ),
            (CustomerSortField.CreatedAt, false) => query.Where(c =>
                c.CreatedAt < time || (c.CreatedAt == time && c.Id < id)
            ),
            (_, true) => query.Where(c => c.UpdatedAt > time || (c.UpdatedAt == time && c.Id > id)),
            (_, false) => query.Where(c => c.UpdatedAt < time || (c.UpdatedAt == time && c.Id < id)),
        };
    }
}
