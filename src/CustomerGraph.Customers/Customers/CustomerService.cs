using CustomerGraph.Customers.Accounts;
using CustomerGraph.Customers.Common;
using CustomerGraph.Customers.CustomFields;
using CustomerGraph.Customers.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomerGraph.Customers.Customers;

/// <summary>Creates, changes and deletes the current account's customers; the one place their rules are applied.</summary>
public sealed class CustomerService(
    IDbContextFactory<CustomerDbContext> contexts,
    ICurrentAccount account,
    TimeProvider time
)
{
    private const string EntityType = "Customer";

    /// <summary>The most rows one upsert call takes.</summary>
    public const int MaxUpsertRows = 1000;

    /// <summary>The most contacts one upsert row may give inline.</summary>
    public const int MaxInlineContacts = 100;

    /// <summary>
    /// Creates or replaces the customer with <see cref="UpsertCustomerInput.ExternalReference"/> (PUT semantics,
    /// the same rules as create and update). The same input twice is <see cref="UpsertOutcome.Unchanged"/> the
    /// second time: nothing is written and the version stays. A refused row is a failure with its errors.
    /// </summary>
    public async Task<Result<CustomerUpsertResult>> UpsertByExternalReferenceAsync(
        UpsertCustomerInput input,
        CancellationToken cancellationToken = default
    )
    {
        var results = await UpsertByExternalReferenceAsync([input], cancellationToken);
        if (!results.Succeeded)
            return Result<CustomerUpsertResult>.Failure(results.Errors);
        var result = results.Value![0];
        return result.Outcome == UpsertOutcome.Failed
            ? Result<CustomerUpsertResult>.Failure(result.Errors)
            : result;
    }

    /// <summary>
    /// Upserts up to <see cref="MaxUpsertRows"/> customers matched by external reference, each with its own result
    /// (a refused row does not stop the others), read and written <see cref="CustomerUpserter.ChunkSize"/> rows
    /// per statement batch. Concurrent upserts of the same references neither lose an update nor duplicate a
    /// customer: versions are checked on write and a colliding chunk is re-read and redone.
    /// </summary>
    public async Task<Result<IReadOnlyList<CustomerUpsertResult>>> UpsertByExternalReferenceAsync(
        IReadOnlyList<UpsertCustomerInput> inputs,
        CancellationToken cancellationToken = default
    )
    {
        if (account.Authorize(DomainOperation.ManageCustomers) is { } forbidden)
            return forbidden;
        if (inputs.Count > MaxUpsertRows)
            return new ValidationError(
                "customers",
                DomainErrorCodes.TooLong,
                $"customers may list at most {MaxUpsertRows} customers."
            );
        var upserter = new CustomerUpserter(contexts, account.AccountId, time);
        return Result<IReadOnlyList<CustomerUpsertResult>>.Success(
            await upserter.UpsertAsync(inputs, cancellationToken)
        );
    }

    /// <summary>
    /// Creates a customer with its custom field values in one transaction, reporting every invalid field, value and
    /// a duplicate external reference at once.
    /// </summary>
    public async Task<Result<Customer>> CreateAsync(
        CreateCustomerInput input,
        CancellationToken cancellationToken = default
    )
    {
        if (account.Authorize(DomainOperation.ManageCustomers) is { } forbidden)
            return forbidden;
        var now = time.UtcNow();
        var customer = new Customer
        {
            Id = Guid.CreateVersion7(),
            AccountId = account.AccountId,
            Name = "",
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        CustomerRules.Apply(customer, input);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var validator = new Validator();
        CustomerRules.Validate(customer, validator);
        await CheckExternalReferenceAsync(db, customer, validator, cancellationToken);
        db.Customers.Add(customer);
        await CustomFieldValueChanges.StageAsync(
            db,
            account.AccountId,
            customer.Id,
            newCustomer: true,
            input.CustomFields,
            "customFields",
            validator,
            now,
            cancellationToken
        );
        if (!validator.IsValid)
            return Result<Customer>.Failure(validator.Errors);
        var error = await Saving.SaveAsync(
            db,
            EntityType,
            token => FindDuplicateAsync(db, customer, token),
            cancellationToken
        );
        return error is null ? customer : error;
    }

    /// <summary>
    /// Applies a PATCH, custom field values included, in one transaction. With <paramref name="expectedVersion"/>, a customer changed since that version is a
    /// <see cref="ConflictError"/>; a change racing this one is detected by the version token either way.
    /// </summary>
    public async Task<Result<Customer>> UpdateAsync(
        Guid id,
        CustomerPatch patch,
        int? expectedVersion = null,
        CancellationToken cancellationToken = default
    )
    {
        if (account.Authorize(DomainOperation.ManageCustomers) is { } forbidden)
            return forbidden;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var customer = await db.Customers.SingleOrDefaultAsync(
            c => c.Id == id && c.AccountId == account.AccountId,
            cancellationToken
        );
        if (customer is null)
            return new NotFoundError(EntityType, id, "id");
        if (expectedVersion is not null && expectedVersion != customer.Version)
            return Saving.VersionConflict(EntityType);
        CustomerRules.Apply(customer, patch);
        var validator = new Validator();
        CustomerRules.Validate(customer, validator);
        await CheckExternalReferenceAsync(db, customer, validator, cancellationToken);
        var now = time.UtcNow();
        await CustomFieldValueChanges.StageAsync(
            db,
            account.AccountId,
            customer.Id,
            newCustomer: false,
            patch.CustomFields,
            "customFields",
            validator,
            now,
            cancellationToken
        );
        if (!validator.IsValid)
            return Result<Customer>.Failure(validator.Errors);
        if (!db.ChangeTracker.HasChanges())
            return customer;
        customer.UpdatedAt = now;
        customer.Version++;
        var error = await Saving.SaveAsync(
            db,
            EntityType,
            token => FindDuplicateAsync(db, customer, token),
            cancellationToken
        );
        return error is null ? customer : error;
    }

    /// <summary>Deletes a customer with its contacts, asset assignments and custom field values; returns its id.</summary>
    public async Task<Result<Guid>> DeleteAsync(
        Guid id,
        int? expectedVersion = null,
        CancellationToken cancellationToken = default
    )
    {
        if (account.Authorize(DomainOperation.ManageCustomers) is { } forbidden)
            return forbidden;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var customers = db.Customers.Where(c => c.Id == id && c.AccountId == account.AccountId);
        var matching = expectedVersion is null
            ? customers
            : customers.Where(c => c.Version == expectedVersion);
        // The database cascades the delete to the customer's children (foreign keys ON DELETE CASCADE).
        if (await matching.ExecuteDeleteAsync(cancellationToken) == 1)
            return id;
        return await customers.AnyAsync(cancellationToken)
            ? Saving.VersionConflict(EntityType)
            : new NotFoundError(EntityType, id, "id");
    }

    private async Task CheckExternalReferenceAsync(
        CustomerDbContext db,
        Customer customer,
        Validator validator,
        CancellationToken cancellationToken
    )
    {
        if (await FindDuplicateAsync(db, customer, cancellationToken) is { } conflict)
            validator.Add(conflict);
    }

    private async Task<DomainError?> FindDuplicateAsync(
        CustomerDbContext db,
        Customer customer,
        CancellationToken cancellationToken
    )
    {
        var reference = customer.ExternalReference;
        if (reference is null)
            return null;
        var taken = await db.Customers.AnyAsync(
            c => c.AccountId == account.AccountId && c.ExternalReference == reference && c.Id != customer.Id,
            cancellationToken
        );
        return taken
            ? new ConflictError(
                "externalReference",
                DomainErrorCodes.Duplicate,
                $"Another customer already has the external reference '{reference}'."
            )
            : null;
    }
}
