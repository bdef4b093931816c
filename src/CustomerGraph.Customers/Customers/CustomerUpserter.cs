using CustomerGraph.Customers.Common;
using CustomerGraph.Customers.Contacts;
using CustomerGraph.Customers.CustomFields;
using CustomerGraph.Customers.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomerGraph.Customers.Customers;

/// <summary>
/// Creates or replaces customers matched by external reference, <see cref="ChunkSize"/> rows at a time: per chunk
/// one statement reads the stored customers (with their contacts when rows give contacts), one more their custom
/// field values when rows give values, and one SaveChanges writes what changed. A chunk that meets a concurrent
/// writer (a stale version, or a reference inserted meanwhile) is re-read and redone, a bounded number of times.
/// </summary>
internal sealed class CustomerUpserter(
    IDbContextFactory<CustomerDbContext> contexts,
    Guid accountId,
    TimeProvider time
)
{
    /// <summary>The rows read and written together.</summary>
    public const int ChunkSize = 100;

    // A chunk that collides this often in a row reports its writes as version conflicts instead of trying on.
    private const int MaxAttempts = 5;

    private Dictionary<string, CustomFieldDefinition>? _definitions;

    /// <summary>Upserts <paramref name="inputs"/> (at most <see cref="CustomerService.MaxUpsertRows"/>); one result per row, in order.</summary>
    public async Task<IReadOnlyList<CustomerUpsertResult>> UpsertAsync(
        IReadOnlyList<UpsertCustomerInput> inputs,
        CancellationToken cancellationToken
    )
    {
        var results = new CustomerUpsertResult[inputs.Count];
        var rows = new List<Row>(inputs.Count);
        var firstIndexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < inputs.Count; index++)
        {
            var input = inputs[index];
            var validator = new Validator();
            var scratch = Build(input, DateTime.MinValue);
            CustomerRules.Validate(scratch, validator);
            var reference = scratch.ExternalReference;
            if (reference is null)
                validator.Add(
                    "externalReference",
                    DomainErrorCodes.Required,
                    "externalReference is required."
                );
            else if (!firstIndexOf.TryAdd(reference, index))
                validator.Add(
                    "externalReference",
                    DomainErrorCodes.Duplicate,
                    $"The external reference '{reference}' appears more than once in this call (first at customers[{firstIndexOf[reference]}])."
                );
            ValidateContacts(input.Contacts, validator);
            if (validator.IsValid)
                rows.Add(new Row(index, reference!, input));
            else
                results[index] = Failed(index, reference, validator.Errors);
        }
        foreach (var chunk in rows.Chunk(ChunkSize))
            await UpsertChunkAsync(chunk, results, cancellationToken);
        return results;
    }

    private async Task UpsertChunkAsync(
        Row[] chunk,
        CustomerUpsertResult[] results,
        CancellationToken cancellationToken
    )
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var staged = await StageAsync(db, chunk, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // Someone else wrote one of these customers between our read and our write: read again.
                continue;
            }
            catch (DbUpdateException)
            {
                // Still colliding (a stale version or a reference taken meanwhile): the writes of this chunk are
                // refused as stale, never left to fail the whole call.
                foreach (var result in staged)
                    results[result.Index] = result.Outcome is UpsertOutcome.Created or UpsertOutcome.Updated
                        ? Failed(result.Index, result.ExternalReference, [Saving.VersionConflict("Customer")])
                        : result;
                return;
            }
            foreach (var result in staged)
                results[result.Index] = result;
            return;
        }
    }

    // Stages the chunk's changes on db without saving; returns each row's outcome should the save succeed.
    private async Task<List<CustomerUpsertResult>> StageAsync(
        CustomerDbContext db,
        Row[] chunk,
        CancellationToken cancellationToken
    )
    {
        var references = chunk.Select(row => row.Reference).ToList();
        var stored = db.Customers.Where(c =>
            c.AccountId == accountId && references.Contains(c.ExternalReference!)
        );
        if (chunk.Any(row => row.Input.Contacts is not null))
            stored = stored.Include(c => c.Contacts);
        var existing = await stored.ToDictionaryAsync(
            c => c.ExternalReference!,
            StringComparer.Ordinal,
            cancellationToken
        );
        var valuesByCustomer = new Dictionary<Guid, Dictionary<Guid, CustomFieldValue>>();
        if (chunk.Any(row => row.Input.CustomFields.Count > 0))
        {
            _definitions ??= await CustomFieldValueChanges.LoadDefinitionsAsync(
                db,
                accountId,
                cancellationToken
            );
            if (existing.Count > 0)
            {
                var ids = existing.Values.Select(c => c.Id).ToList();
                var values = await db
                    .CustomFieldValues.Where(v => v.AccountId == accountId && ids.Contains(v.CustomerId))
                    .ToListAsync(cancellationToken);
                foreach (var group in values.GroupBy(v => v.CustomerId))
                    valuesByCustomer[group.Key] = group.ToDictionary(v => v.DefinitionId);
            }
        }

        var now = time.UtcNow();
        var staged = new List<CustomerUpsertResult>(chunk.Length);
        foreach (var row in chunk)
        {
            existing.TryGetValue(row.Reference, out var customer);
            staged.Add(
                customer is null
                    ? StageCreation(db, row, now)
                    : StageReplacement(
                        db,
                        row,
                        customer,
                        valuesByCustomer.GetValueOrDefault(customer.Id),
                        now
                    )
            );
        }
        return staged;
    }

    private CustomerUpsertResult StageCreation(CustomerDbContext db, Row row, DateTime now)
    {
        if (row.Input.ExpectedVersion is not null)
            return Failed(row.Index, row.Reference, [Saving.VersionConflict("Customer")]);
        var customer = Build(row.Input, now);
        var validator = new Validator();
        CustomFieldValueChanges.Stage(
            db,
            accountId,
            customer.Id,
            _definitions ?? [],
            new Dictionary<Guid, CustomFieldValue>(),
            row.Input.CustomFields,
            "customFields",
            validator,
            now
        );
        if (!validator.IsValid)
            return Failed(row.Index, row.Reference, validator.Errors);
        customer.Contacts = (row.Input.Contacts ?? [])
            .Select(input => NewContact(customer, input, now))
            .ToList();
        db.Customers.Add(customer);
        return new CustomerUpsertResult(row.Index, row.Reference, UpsertOutcome.Created, customer, []);
    }

    private CustomerUpsertResult StageReplacement(
        CustomerDbContext db,
        Row row,
        Customer customer,
        Dictionary<Guid, CustomFieldValue>? storedValues,
        DateTime now
    )
    {
        if (row.Input.ExpectedVersion is { } expected && expected != customer.Version)
            return Failed(row.Index, row.Reference, [Saving.VersionConflict("Customer")]);
        var validator = new Validator();
        var valuesChanged = CustomFieldValueChanges.Stage(
            db,
            accountId,
            customer.Id,
            _definitions ?? [],
            storedValues ?? [],
            row.Input.CustomFields,
            "customFields",
            validator,
            now
        );
        if (!validator.IsValid)
            return Failed(row.Index, row.Reference, validator.Errors);
        var replacement = Build(row.Input, now);
        var fieldsChanged = !CustomerRules.SameFields(customer, replacement);
        if (fieldsChanged)
            CustomerRules.CopyFields(replacement, customer);
        var contactsChanged =
            row.Input.Contacts is { } contacts && ReplaceContacts(db, customer, contacts, now);
        if (!fieldsChanged && !valuesChanged && !contactsChanged)
            return new CustomerUpsertResult(row.Index, row.Reference, UpsertOutcome.Unchanged, customer, []);
        customer.Version++;
        customer.UpdatedAt = now;
        return new CustomerUpsertResult(row.Index, row.Reference, UpsertOutcome.Updated, customer, []);
    }

    // Contacts equal to a wanted one stay as they are (same id and version); the rest go, the missing ones come.
    private static bool ReplaceContacts(
        CustomerDbContext db,
        Customer customer,
        IReadOnlyList<CreateContactInput> inputs,
        DateTime now
    )
    {
        var unmatched = customer.Contacts.ToList();
        var changed = false;
        foreach (var input in inputs)
        {
            var wanted = NewContact(customer, input, now);
            var same = unmatched.FindIndex(contact => ContactRules.SameFields(contact, wanted));
            if (same >= 0)
            {
                unmatched.RemoveAt(same);
                continue;
            }
            customer.Contacts.Add(wanted);
            db.Contacts.Add(wanted);
            changed = true;
        }
        foreach (var gone in unmatched)
        {
            customer.Contacts.Remove(gone);
            db.Contacts.Remove(gone);
            changed = true;
        }
        return changed;
    }

    private static void ValidateContacts(IReadOnlyList<CreateContactInput>? contacts, Validator validator)
    {
        if (contacts is null)
            return;
        if (contacts.Count > CustomerService.MaxInlineContacts)
        {
            validator.Add(
                "contacts",
                DomainErrorCodes.TooLong,
                $"contacts may list at most {CustomerService.MaxInlineContacts} contacts."
            );
            return;
        }
        for (var index = 0; index < contacts.Count; index++)
        {
            var contactErrors = new Validator();
            ContactRules.Validate(NewContact(null, contacts[index], DateTime.MinValue), contactErrors);
            foreach (var error in contactErrors.Errors.OfType<ValidationError>())
                validator.Add(error with { Field = $"contacts[{index}].{error.Field}" });
        }
        if (contacts.Count(contact => contact.IsPrimary) > 1)
            validator.Add("contacts", DomainErrorCodes.InvalidValue, "At most one contact may be primary.");
    }

    private Customer Build(UpsertCustomerInput input, DateTime now)
    {
        var customer = new Customer
        {
            Id = Guid.CreateVersion7(),
            AccountId = accountId,
            Name = "",
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        CustomerRules.Apply(customer, input.ToCreateInput());
        return customer;
    }

    private static CustomerContact NewContact(Customer? customer, CreateContactInput input, DateTime now)
    {
        var contact = new CustomerContact
        {
            Id = Guid.CreateVersion7(),
            AccountId = customer?.AccountId ?? Guid.Empty,
            CustomerId = customer?.Id ?? Guid.Empty,
            Name = "",
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        ContactRules.Apply(contact, input);
        return contact;
    }

    private static CustomerUpsertResult Failed(
        int index,
        string? reference,
        IReadOnlyList<DomainError> errors
    ) => new(index, reference, UpsertOutcome.Failed, null, errors);

    private sealed record Row(int Index, string Reference, UpsertCustomerInput Input);
}
