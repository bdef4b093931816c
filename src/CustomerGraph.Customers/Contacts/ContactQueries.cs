using CustomerGraph.Customers.Accounts;
using CustomerGraph.Customers.Common;
using CustomerGraph.Customers.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomerGraph.Customers.Contacts;

/// <summary>Reads contacts of the current account's customers; the batch methods are shaped for DataLoaders.</summary>
public sealed class ContactQueries(IDbContextFactory<CustomerDbContext> contexts, ICurrentAccount account)
{
    private const string EntityType = "CustomerContact";

    private static readonly WindowedSql ContactsByName = new("CustomerContacts", "CustomerId", "Name");

    /// <summary>The contacts with the given ids, keyed by id; unknown ids are absent.</summary>
    public async Task<IReadOnlyDictionary<Guid, CustomerContact>> GetByIdsAsync(
        IReadOnlyCollection<Guid> contactIds,
        CancellationToken cancellationToken = default
    )
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db
            .Contacts.AsNoTracking()
            .Where(c => c.AccountId == account.AccountId && contactIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, cancellationToken);
    }

    /// <summary>
    /// The contact <paramref name="contactId"/> of the customer <paramref name="customerId"/>. A missing customer is
    /// not found; so is a contact that is missing or belongs to another customer.
    /// </summary>
    public async Task<Result<CustomerContact>> GetOfCustomerAsync(
        Guid customerId,
        Guid contactId,
        CancellationToken cancellationToken = default
    )
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var contact = await db
            .Contacts.AsNoTracking()
            .SingleOrDefaultAsync(
                c => c.Id == contactId && c.CustomerId == customerId && c.AccountId == account.AccountId,
                cancellationToken
            );
        if (contact is not null)
            return contact;
        return await CustomerExistsAsync(db, customerId, cancellationToken)
            ? new NotFoundError(EntityType, contactId, "contactId")
            : new NotFoundError("Customer", customerId, "customerId");
    }

    /// <summary>
    /// One numbered page of a customer's contacts with the total count (offset pagination, for the REST API), in
    /// two statements; the customer is looked up only when it has no contacts, to tell "none" from "no customer".
    /// </summary>
    public async Task<Result<NumberedPage<CustomerContact>>> ListPageAsync(
        Guid customerId,
        int page,
        int size,
        IReadOnlyList<ContactSort>? sorts = null,
        CancellationToken cancellationToken = default
    )
    {
        var validator = new Validator();
        NumberedPages.Validate(page, size, validator);
        if (!validator.IsValid)
            return Result<NumberedPage<CustomerContact>>.Failure(validator.Errors);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var accountId = account.AccountId;
        var query = db
            .Contacts.AsNoTracking()
            .Where(c => c.AccountId == accountId && c.CustomerId == customerId);
        var total = await query.CountAsync(cancellationToken);
        if (total == 0 && !await CustomerExistsAsync(db, customerId, cancellationToken))
            return new NotFoundError("Customer", customerId, "customerId");
        var offset = NumberedPages.Offset(page, size);
        var rows =
            offset >= total
                ? []
                : await OrderAll(query, sorts is { Count: > 0 } ? sorts : [ContactSort.Default])
                    .Skip(offset)
                    .Take(size)
                    .ToListAsync(cancellationToken);
        return new NumberedPage<CustomerContact>(rows, page, size, total);
    }

    /// <summary>
    /// One page of contacts (ordered by name, then id) for each of <paramref name="customerIds"/>, in ONE SQL
    /// statement whatever the number of customers. Every requested id has a page, empty when it has no contacts.
    /// </summary>
    public async Task<Result<IReadOnlyDictionary<Guid, Page<CustomerContact>>>> GetContactsForCustomersAsync(
        IReadOnlyCollection<Guid> customerIds,
        PageRequest page,
        CancellationToken cancellationToken = default
    )
    {
        var validator = new Validator();
        page.Validate(validator);
        var (after, before) = page.DecodeCursors(validator, CursorKey.Name);
        if (!validator.IsValid)
            return Result<IReadOnlyDictionary<Guid, Page<CustomerContact>>>.Failure(validator.Errors);
        if (customerIds.Count == 0)
            return new Dictionary<Guid, Page<CustomerContact>>();

        var sql = ContactsByName.Build(
            account.AccountId,
            customerIds,
            page,
            after,
            before,
            key => key.SortValue
        );
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db
            .Contacts.FromSql(sql)
            .AsNoTracking()
            .OrderBy(c => c.CustomerId)
            .ThenBy(c => c.Name)
            .ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);
        return Result<IReadOnlyDictionary<Guid, Page<CustomerContact>>>.Success(
            WindowedSql.ToPages(customerIds, rows, c => c.CustomerId, page, CursorOf)
        );
    }

    private Task<bool> CustomerExistsAsync(
        CustomerDbContext db,
        Guid customerId,
        CancellationToken cancellationToken
    ) =>
        db.Customers.AnyAsync(c => c.Id == customerId && c.AccountId == account.AccountId, cancellationToken);

    // Every sort key in turn, then the id, which makes the order total.
    private static IOrderedQueryable<CustomerContact> OrderAll(
        IQueryable<CustomerContact> query,
        IReadOnlyList<ContactSort> sorts
    )
    {
        var ordered = (sorts[0].Field, sorts[0].Descending) switch
        {
            (ContactSortField.Name, false) => query.OrderBy(c => c.Name),
            (ContactSortField.Name, true) => query.OrderByDescending(c => c.Name),
            (ContactSortField.CreatedAt, false) => query.OrderBy(c => c.CreatedAt),
            (ContactSortField.CreatedAt, true) => query.OrderByDescending(c => c.CreatedAt),
            (_, false) => query.OrderBy(c => c.UpdatedAt),
            (_, true) => query.OrderByDescending(c => c.UpdatedAt),
        };
        foreach (var sort in sorts.Skip(1))
            ordered = (sort.Field, sort.Descending) switch
            {
                (ContactSortField.Name, false) => ordered.ThenBy(c => c.Name),
                (ContactSortField.Name, true) => ordered.ThenByDescending(c => c.Name),
                (ContactSortField.CreatedAt, false) => ordered.ThenBy(c => c.CreatedAt),
                (ContactSortField.CreatedAt, true) => ordered.ThenByDescending(c => c.CreatedAt),
                (_, false) => ordered.ThenBy(c => c.UpdatedAt),
                (_, true) => ordered.ThenByDescending(c => c.UpdatedAt),
            };
        return ordered.ThenBy(c => c.Id);
    }

    /// <summary>The cursor of a contact in a customer's name-ordered contact list.</summary>
    public static Cursor CursorOf(CustomerContact contact) =>
        CursorKey.ForText(CursorKey.Name, contact.Name, contact.Id);
}
