using CustomerGraph.Customers.Accounts;
using CustomerGraph.Customers.Common;
using CustomerGraph.Customers.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomerGraph.Customers.Contacts;

/// <summary>Reads contacts of the current account's customers; the batch methods are shaped for DataLoaders.</summary>
public sealed class ContactQueries(IDbContextFactory<CustomerDbContext> contexts, ICurrentAccount account)
{
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

    /// <summary>The cursor of a contact in a customer's name-ordered contact list.</summary>
    public static Cursor CursorOf(CustomerContact contact) =>
        CursorKey.ForText(CursorKey.Name, contact.Name, contact.Id);
}
