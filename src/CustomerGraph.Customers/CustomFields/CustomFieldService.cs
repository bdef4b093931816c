using System.Text.Json;
using CustomerGraph.Customers.Accounts;
using CustomerGraph.Customers.Common;
using CustomerGraph.Customers.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomerGraph.Customers.CustomFields;

/// <summary>Manages custom field definitions and sets customers' values, applying the documented change rules.</summary>
public sealed class CustomFieldService(
    IDbContextFactory<CustomerDbContext> contexts,
    ICurrentAccount account,
    TimeProvider time
)
{
    private const string EntityType = "CustomFieldDefinition";

    private const string ValueEntityType = "CustomFieldValue";

    /// <summary>Creates a definition; its key must be unique in the account.</summary>
    public async Task<Result<CustomFieldDefinition>> CreateDefinitionAsync(
        CreateCustomFieldDefinitionInput input,
        CancellationToken cancellationToken = default
    )
    {
        if (account.Authorize(DomainOperation.ManageCustomFieldDefinitions) is { } forbidden)
            return forbidden;
        var now = time.UtcNow();
        var definition = new CustomFieldDefinition
        {
            Id = Guid.CreateVersion7(),
            AccountId = account.AccountId,
            EntityType = input.EntityType,
            Key = input.Key?.Trim() ?? "",
            Title = input.Title?.Trim() ?? "",
            Description = Text.Clean(input.Description),
            Type = input.Type,
            UiVisible = input.UiVisible,
            UiEditable = input.UiEditable,
            Options = input.Options?.Select(option => option.Trim()).ToList() ?? [],
            MultiSelect = input.MultiSelect,
            Currency = Text.Clean(input.Currency)?.ToUpperInvariant(),
            Minimum = input.Minimum,
            Maximum = input.Maximum,
            Unit = Text.Clean(input.Unit),
            MaxLength = input.MaxLength,
            Pattern = Text.Clean(input.Pattern),
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        var validator = new Validator();
        CustomFieldRules.Validate(definition, validator);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await FindDuplicateKeyAsync(db, definition.Key, cancellationToken) is { } duplicate)
            validator.Add(duplicate);
        if (!validator.IsValid)
            return Result<CustomFieldDefinition>.Failure(validator.Errors);
        db.CustomFieldDefinitions.Add(definition);
        var error = await Saving.SaveAsync(
            db,
            EntityType,
            token => FindDuplicateKeyAsync(db, definition.Key, token),
            cancellationToken
        );
        return error is null ? definition : error;
    }

    /// <summary>Changes a definition whatever its version; see the overload with an expected version.</summary>
    public Task<Result<CustomFieldDefinition>> UpdateDefinitionAsync(
        Guid id,
        CustomFieldDefinitionPatch patch,
        CancellationToken cancellationToken = default
    ) => UpdateDefinitionAsync(id, patch, expectedVersion: null, cancellationToken);

    /// <summary>
    /// Changes a definition and, in the same transaction, its stored values: values of removed dropdown options
    /// move to their replacements, STRING values longer than a shortened maxLength are truncated, and values the
    /// new limits reject are cleared; a truncated or cleared value's previous JSON is kept as
    /// <see cref="CustomFieldValue.LastIncompatibleValue"/>. With <paramref name="expectedVersion"/>, a definition
    /// changed since is a version <see cref="ConflictError"/>.
    /// </summary>
    public async Task<Result<CustomFieldDefinition>> UpdateDefinitionAsync(
        Guid id,
        CustomFieldDefinitionPatch patch,
        int? expectedVersion,
        CancellationToken cancellationToken = default
    )
    {
        if (account.Authorize(DomainOperation.ManageCustomFieldDefinitions) is { } forbidden)
            return forbidden;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var definition = await db.CustomFieldDefinitions.SingleOrDefaultAsync(
            d => d.Id == id && d.AccountId == account.AccountId,
            cancellationToken
        );
        if (definition is null)
            return new NotFoundError(EntityType, id, "id");
        if (expectedVersion is not null && expectedVersion != definition.Version)
            return Saving.VersionConflict(EntityType);

        var validator = new Validator();
        if (patch.Type.HasValue && patch.Type.Value != definition.Type)
            validator.Add(
                "type",
                DomainErrorCodes.Immutable,
                "The type of a custom field cannot change; create a new field instead."
            );
        var previousOptions = definition.Options.ToList();
        Apply(definition, patch);
        CustomFieldRules.Validate(definition, validator);
        var replacements = CheckOptionReplacements(definition, previousOptions, patch, validator);
        if (!validator.IsValid)
            return Result<CustomFieldDefinition>.Failure(validator.Errors);
        if (!db.ChangeTracker.HasChanges())
            return definition;

        var now = time.UtcNow();
        definition.UpdatedAt = now;
        definition.Version++;
        var values = await db
            .CustomFieldValues.Where(v => v.DefinitionId == definition.Id && v.Value != null)
            .ToListAsync(cancellationToken);
        var changedCustomers = values
            .Where(value => Revalidate(definition, value, replacements, now))
            .Select(value => value.CustomerId)
            .ToList();
        // A customer's values are part of it: a customer whose value moved or was cleared has a new version.
        if (changedCustomers.Count > 0)
            foreach (
                var customer in await db
                    .Customers.Where(c => changedCustomers.Contains(c.Id))
                    .ToListAsync(cancellationToken)
            )
            {
                customer.Version++;
                customer.UpdatedAt = now;
            }
        var error = await Saving.SaveAsync(db, EntityType, null, cancellationToken);
        return error is null ? definition : error;
    }

    /// <summary>
    /// Sets values on a customer by field key, validating each against its definition; every problem is reported
    /// with its path (values[i].value) and nothing is saved unless all are valid. A change raises the customer's
    /// version, since the values are part of the customer. Returns all the customer's values.
    /// </summary>
    public async Task<Result<IReadOnlyList<CustomFieldValue>>> SetCustomerValuesAsync(
        Guid customerId,
        IReadOnlyList<CustomFieldValueInput> values,
        CancellationToken cancellationToken = default
    )
    {
        if (account.Authorize(DomainOperation.SetCustomFieldValues) is { } forbidden)
            return forbidden;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var accountId = account.AccountId;
        var validator = new Validator();
        var customer = await db.Customers.SingleOrDefaultAsync(
            c => c.Id == customerId && c.AccountId == accountId,
            cancellationToken
        );
        if (customer is null)
            validator.Add(new NotFoundError("Customer", customerId, "customerId"));
        var now = time.UtcNow();
        var changed = await CustomFieldValueChanges.StageAsync(
            db,
            accountId,
            customerId,
            newCustomer: false,
            values,
            "values",
            validator,
            now,
            cancellationToken
        );
        if (!validator.IsValid)
            return Result<IReadOnlyList<CustomFieldValue>>.Failure(validator.Errors);
        if (changed)
        {
            customer!.Version++;
            customer.UpdatedAt = now;
            if (await Saving.SaveAsync(db, "Customer", null, cancellationToken) is { } error)
                return error;
        }

        var result = await db
            .CustomFieldValues.AsNoTracking()
            .Include(v => v.Definition)
            .Where(v => v.CustomerId == customerId)
            .OrderBy(v => v.Definition!.Key)
            .ToListAsync(cancellationToken);
        return result;
    }

    /// <summary>
    /// Deletes a definition and every value of it in one transaction; customers that held a value get a new
    /// version, since their values are part of them. Returns the definition's id.
    /// </summary>
    public async Task<Result<Guid>> DeleteDefinitionAsync(
        Guid id,
        int? expectedVersion = null,
        CancellationToken cancellationToken = default
    )
    {
        if (account.Authorize(DomainOperation.ManageCustomFieldDefinitions) is { } forbidden)
            return forbidden;
        var accountId = account.AccountId;
        var now = time.UtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var definitions = db.CustomFieldDefinitions.Where(d => d.Id == id && d.AccountId == accountId);
        var matching = expectedVersion is null
            ? definitions
            : definitions.Where(d => d.Version == expectedVersion);
        await db
            .Customers.Where(c =>
                c.AccountId == accountId
                && db.CustomFieldValues.Any(v => v.CustomerId == c.Id && v.DefinitionId == id)
                && matching.Any()
            )
            .ExecuteUpdateAsync(
                setters =>
                    setters
                        .SetProperty(c => c.Version, c => c.Version + 1)
                        .SetProperty(c => c.UpdatedAt, now),
                cancellationToken
            );
        // The values go with the definition (foreign key ON DELETE CASCADE).
        if (await matching.ExecuteDeleteAsync(cancellationToken) == 1)
        {
            await transaction.CommitAsync(cancellationToken);
            return id;
        }
        await transaction.RollbackAsync(cancellationToken);
        return await definitions.AnyAsync(cancellationToken)
            ? Saving.VersionConflict(EntityType)
            : new NotFoundError(EntityType, id, "id");
    }

    /// <summary>
    /// Gives customer <paramref name="customerId"/> a value of the definition <paramref name="definitionId"/>,
    /// creating or replacing it (the value keeps its id); problems are reported at <c>value</c>. Returns the value.
    /// </summary>
    public async Task<Result<CustomFieldValue>> SetValueAsync(
        Guid customerId,
        Guid definitionId,
        JsonElement value,
        CancellationToken cancellationToken = default
    )
    {
        if (account.Authorize(DomainOperation.SetCustomFieldValues) is { } forbidden)
            return forbidden;
        if (value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
            return new ValidationError(
                "value",
                DomainErrorCodes.Required,
                "value is required; delete the value to remove it."
            );
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var key = await db
            .CustomFieldDefinitions.Where(d => d.Id == definitionId && d.AccountId == account.AccountId)
            .Select(d => d.Key)
            .SingleOrDefaultAsync(cancellationToken);
        if (key is null)
            return new NotFoundError(EntityType, definitionId, "definitionId");
        var result = await SetCustomerValuesAsync(
            customerId,
            [new CustomFieldValueInput(key, value)],
            cancellationToken
        );
        if (!result.Succeeded)
            return Result<CustomFieldValue>.Failure(result.Errors.Select(SingleValuePath).ToList());
        return result.Value!.Single(v => v.DefinitionId == definitionId);
    }

    /// <summary>Replaces the value with id <paramref name="valueId"/>, checked against its definition; returns it.</summary>
    public async Task<Result<CustomFieldValue>> UpdateValueAsync(
        Guid valueId,
        JsonElement value,
        CancellationToken cancellationToken = default
    )
    {
        if (account.Authorize(DomainOperation.SetCustomFieldValues) is { } forbidden)
            return forbidden;
        if (await FindValueAsync(valueId, cancellationToken) is not { } stored)
            return new NotFoundError(ValueEntityType, valueId, "id");
        return await SetValueAsync(stored.CustomerId, stored.DefinitionId, value, cancellationToken);
    }

    /// <summary>Removes the value with id <paramref name="valueId"/> from its customer; returns its id.</summary>
    public async Task<Result<Guid>> DeleteValueAsync(
        Guid valueId,
        CancellationToken cancellationToken = default
    )
    {
        if (account.Authorize(DomainOperation.SetCustomFieldValues) is { } forbidden)
            return forbidden;
        if (await FindValueAsync(valueId, cancellationToken) is not { Definition: { } definition } stored)
            return new NotFoundError(ValueEntityType, valueId, "id");
        var result = await SetCustomerValuesAsync(
            stored.CustomerId,
            [new CustomFieldValueInput(definition.Key, null)],
            cancellationToken
        );
        return result.Succeeded ? valueId : Result<Guid>.Failure(result.Errors);
    }

    private async Task<CustomFieldValue?> FindValueAsync(Guid valueId, CancellationToken cancellationToken)
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

    // A single value's problems are reported at "value", not at the list path "values[0].value".
    private static DomainError SingleValuePath(DomainError error) =>
        error is ValidationError { Field: var field } validation
        && field.StartsWith("values[0].", StringComparison.Ordinal)
            ? validation with
            {
                Field = field["values[0].".Length..],
            }
            : error;

    private static void Apply(CustomFieldDefinition definition, CustomFieldDefinitionPatch patch)
    {
        if (patch.Title.HasValue)
            definition.Title = patch.Title.Value?.Trim() ?? "";
        definition.Description = Patches.Text(patch.Description, definition.Description);
        definition.UiVisible = patch.UiVisible.GetValueOrDefault(definition.UiVisible);
        definition.UiEditable = patch.UiEditable.GetValueOrDefault(definition.UiEditable);
        if (patch.Options.HasValue)
            definition.Options = patch.Options.Value?.Select(option => option.Trim()).ToList() ?? [];
        definition.MultiSelect = patch.MultiSelect.GetValueOrDefault(definition.MultiSelect);
        if (patch.Currency.HasValue)
            definition.Currency = Text.Clean(patch.Currency.Value)?.ToUpperInvariant();
        definition.Minimum = patch.Minimum.GetValueOrDefault(definition.Minimum);
        definition.Maximum = patch.Maximum.GetValueOrDefault(definition.Maximum);
        definition.Unit = Patches.Text(patch.Unit, definition.Unit);
        definition.MaxLength = patch.MaxLength.GetValueOrDefault(definition.MaxLength);
        definition.Pattern = Patches.Text(patch.Pattern, definition.Pattern);
    }

    // Every removed option needs a replacement among the remaining options.
    private static Dictionary<string, string> CheckOptionReplacements(
        CustomFieldDefinition definition,
        List<string> previousOptions,
        CustomFieldDefinitionPatch patch,
        Validator validator
    )
    {
        var replacements = new Dictionary<string, string>();
        if (definition.Type != CustomFieldType.Dropdown)
            return replacements;
        foreach (var removed in previousOptions.Except(definition.Options))
        {
            if (patch.OptionReplacements?.TryGetValue(removed, out var replacement) != true)
                validator.Add(
                    "optionReplacements",
                    DomainErrorCodes.ReplacementRequired,
                    $"The removed option '{removed}' needs a replacement option."
                );
            else if (!definition.Options.Contains(replacement!))
                validator.Add(
                    $"optionReplacements.{removed}",
                    DomainErrorCodes.InvalidValue,
                    $"The replacement '{replacement}' is not one of the remaining options."
                );
            else
                replacements[removed] = replacement!;
        }
        return replacements;
    }

    // Moves values off removed options, then clears what the changed definition no longer accepts; true on a change.
    private static bool Revalidate(
        CustomFieldDefinition definition,
        CustomFieldValue value,
        Dictionary<string, string> replacements,
        DateTime now
    )
    {
        var json = value.Value!;
        using var document = JsonDocument.Parse(json);
        var element = document.RootElement;
        if (replacements.Count > 0)
        {
            element = ReplaceOptions(element, replacements);
        }
        var normalized = CustomFieldRules.Normalize(definition, element, out _);
        if (normalized == json)
            return false;
        value.UpdatedAt = now;
        if (normalized is not null)
        {
            value.Value = normalized;
            return true;
        }
        value.LastIncompatibleValue = json;
        value.Value = CustomFieldRules.Truncate(definition, element);
        return true;
    }

    private static JsonElement ReplaceOptions(JsonElement element, Dictionary<string, string> replacements)
    {
        string Replace(string option) => replacements.GetValueOrDefault(option, option);
        object replaced = element.ValueKind switch
        {
            JsonValueKind.String => Replace(element.GetString()!),
            JsonValueKind.Array => element
                .EnumerateArray()
                .Select(item => Replace(item.GetString()!))
                .Distinct(),
            _ => element,
        };
        return JsonSerializer.SerializeToElement(replaced);
    }

    private async Task<DomainError?> FindDuplicateKeyAsync(
        CustomerDbContext db,
        string key,
        CancellationToken cancellationToken
    ) =>
        await db.CustomFieldDefinitions.AnyAsync(
            d => d.AccountId == account.AccountId && d.Key == key,
            cancellationToken
        )
            ? new ConflictError(
                "key",
                DomainErrorCodes.Duplicate,
                $"A custom field with the key '{key}' already exists."
            )
            : null;
}
