using CustomerGraph.Customers.Accounts;
using CustomerGraph.Customers.Common;
using CustomerGraph.Customers.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomerGraph.Customers.Contacts;

/// <summary>Creates, changes and deletes contacts of the current account's customers.</summary>
public sealed class ContactService(
    IDbContextFactory<CustomerDbContext> contexts,
    ICurrentAccount account,
    TimeProvider time
)
{
    private const string EntityType = "CustomerContact";

    /// <summary>Adds a contact to a customer, reporting a missing customer and every invalid field.</summary>
    public async Task<Result<CustomerContact>> CreateAsync(
        Guid customerId,
        CreateContactInput input,
        CancellationToken cancellationToken = default
    )
    {
        if (account.Authorize(DomainOperation.ManageContacts) is { } forbidden)
            return forbidden;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var validator = new Validator();
        var customerExists = await db.Customers.AnyAsync(
            c => c.Id == customerId && c.AccountId == account.AccountId,
            cancellationToken
        );
        if (!customerExists)
            validator.Add(new NotFoundError("Customer", customerId, "customerId"));
        var now = time.UtcNow();
        var contact = new CustomerContact
        {
            Id = Guid.CreateVersion7(),
            AccountId = account.AccountId,
            CustomerId = customerId,
            Name = "",
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        ContactRules.Apply(contact, input);
        ContactRules.Validate(contact, validator);
        if (!validator.IsValid)
            return Result<CustomerContact>.Failure(validator.Errors);
        if (contact.IsPrimary)
            await DemoteOtherPrimaryContactsAsync(db, contact, now, cancellationToken);
        db.Contacts.Add(contact);
        var error = await Saving.SaveAsync(db, EntityType, null, cancellationToken);
        return error is null ? contact : error;
    }

    /// <summary>Applies a PATCH; a stale <paramref name="expectedVersion"/> or a racing change is a <see cref="ConflictError"/>.</summary>
    public async Task<Result<CustomerContact>> UpdateAsync(
        Guid contactId,
        ContactPatch patch,
        int? expectedVersion = null,
        CancellationToken cancellationToken = default
    )
    {
        if (account.Authorize(DomainOperation.ManageContacts) is { } forbidden)
            return forbidden;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var contact = await db.Contacts.SingleOrDefaultAsync(
            c => c.Id == contactId && c.AccountId == account.AccountId,
            cancellationToken
        );
        if (contact is null)
            return new NotFoundError(EntityType, contactId, "id");
        if (expectedVersion is not null && expectedVersion != contact.Version)
            return Saving.VersionConflict(EntityType);
        ContactRules.Apply(contact, patch);
        var validator = new Validator();
        ContactRules.Validate(contact, validator);
        if (!validator.IsValid)
            return Result<CustomerContact>.Failure(validator.Errors);
        if (!db.ChangeTracker.HasChanges())
            return contact;
        var now = time.UtcNow();
        contact.UpdatedAt = now;
        contact.Version++;
        if (contact.IsPrimary)
            await DemoteOtherPrimaryContactsAsync(db, contact, now, cancellationToken);
        var error = await Saving.SaveAsync(db, EntityType, null, cancellationToken);
        return error is null ? contact : error;
    }

    /// <summary>Deletes a contact; returns its id.</summary>
    public async Task<Result<Guid>> DeleteAsync(
        Guid contactId,
        int? expectedVersion = null,
        CancellationToken cancellationToken = default
    )
    {
        if (account.Authorize(DomainOperation.ManageContacts) is { } forbidden)
            return forbidden;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var contacts = db.Contacts.Where(c => c.Id == contactId && c.AccountId == account.AccountId);
        var matching = expectedVersion is null ? contacts : contacts.Where(c => c.Version == expectedVersion);
        if (await matching.ExecuteDeleteAsync(cancellationToken) == 1)
            return contactId;
        return await contacts.AnyAsync(cancellationToken)
            ? Saving.VersionConflict(EntityType)
            : new NotFoundError(EntityType, contactId, "id");
    }

    // A customer has at most one primary contact; the others become ordinary in the same save.
    private static async Task DemoteOtherPrimaryContactsAsync(
        CustomerDbContext db,
        CustomerContact primary,
        DateTime now,
        CancellationToken cancellationToken
    )
    {
        var others = await db
            .Contacts.Where(c => c.CustomerId == primary.CustomerId && c.IsPrimary && c.Id != primary.Id)
            .ToListAsync(cancellationToken);
        foreach (var other in others)
        {
            other.IsPrimary = false;
            other.UpdatedAt = now;
            other.Version++;
        }
    }
}
