using System.Text.Json;
using CustomerGraph.Customers.Common;
using CustomerGraph.Customers.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomerGraph.Customers.CustomFields;

/// <summary>
/// Stages changes of one customer's custom field values on a unit of work, checking each against its definition;
/// the caller saves them together with its own changes, so a customer and its values change in one transaction.
/// </summary>
internal static class CustomFieldValueChanges
{
    /// <summary>
    /// Validates <paramref name="values"/>, reporting problems at <c>{field}[i].key</c> and <c>{field}[i].value</c>,
    /// and stages them on <paramref name="db"/> without saving: a value sets the field, JSON null removes its value.
    /// A value equal to the stored one is no change. Returns whether anything changes. A new customer has no stored
    /// values, so they are not read.
    /// </summary>
    public static async Task<bool> StageAsync(
        CustomerDbContext db,
        Guid accountId,
        Guid customerId,
        bool newCustomer,
        IReadOnlyList<CustomFieldValueInput> values,
        string field,
        Validator validator,
        DateTime now,
        CancellationToken cancellationToken
    )
    {
        if (values.Count == 0)
            return false;
        var definitions = await LoadDefinitionsAsync(db, accountId, cancellationToken);
        var stored = newCustomer
            ? []
            : await db
                .CustomFieldValues.Where(v => v.CustomerId == customerId && v.AccountId == accountId)
                .ToDictionaryAsync(v => v.DefinitionId, cancellationToken);
        return Stage(db, accountId, customerId, definitions, stored, values, field, validator, now);
    }

    /// <summary>The account's customer field definitions by key, for <see cref="Stage"/>.</summary>
    public static async Task<Dictionary<string, CustomFieldDefinition>> LoadDefinitionsAsync(
        CustomerDbContext db,
        Guid accountId,
        CancellationToken cancellationToken
    ) =>
        await db
            .CustomFieldDefinitions.Where(d =>
                d.AccountId == accountId && d.EntityType == CustomFieldEntityType.Customer
            )
            .ToDictionaryAsync(d => d.Key, cancellationToken);

    /// <summary>
    /// <see cref="StageAsync"/> over definitions and stored values already read (tracked by
    /// <paramref name="db"/>, keyed by definition id), for callers that read them for many customers at once.
    /// Stages nothing unless every value is valid.
    /// </summary>
    public static bool Stage(
        CustomerDbContext db,
        Guid accountId,
        Guid customerId,
        IReadOnlyDictionary<string, CustomFieldDefinition> definitions,
        IReadOnlyDictionary<Guid, CustomFieldValue> stored,
        IReadOnlyList<CustomFieldValueInput> values,
        string field,
        Validator validator,
        DateTime now
    )
    {
        var errorsBefore = validator.Errors.Count;
        var changes = new List<(CustomFieldDefinition Definition, CustomFieldValue? Current, string? Json)>();
        var seenKeys = new HashSet<string>();
        for (var index = 0; index < values.Count; index++)
        {
            var (key, json) = values[index];
            var path = $"{field}[{index}]";
            if (!seenKeys.Add(key))
            {
                validator.Add(
                    $"{path}.key",
                    DomainErrorCodes.Duplicate,
                    $"The key '{key}' appears more than once."
                );
                continue;
            }
            if (!definitions.TryGetValue(key, out var definition))
            {
                validator.Add(
                    $"{path}.key",
                    DomainErrorCodes.UnknownKey,
                    $"No custom field has the key '{key}'."
                );
                continue;
            }
            var current = stored.GetValueOrDefault(definition.Id);
            if (json is not { ValueKind: not JsonValueKind.Null } element)
            {
                if (current is not null)
                    changes.Add((definition, current, null));
                continue;
            }
            var normalized = CustomFieldRules.Normalize(definition, element, out var problem);
            if (normalized is null)
            {
                validator.Add($"{path}.value", problem.Code, problem.Message);
                continue;
            }
            if (current is null || current.Value != normalized || current.LastIncompatibleValue is not null)
                changes.Add((definition, current, normalized));
        }
        if (validator.Errors.Count != errorsBefore)
            return false;
        foreach (var (definition, current, json) in changes)
        {
            if (json is null)
            {
                db.CustomFieldValues.Remove(current!);
                continue;
            }
            var value =
                current
                ?? db.CustomFieldValues.Add(
                    new CustomFieldValue
                    {
                        Id = Guid.CreateVersion7(),
                        AccountId = accountId,
                        CustomerId = customerId,
                        DefinitionId = definition.Id,
                    }
                ).Entity;
            value.Value = json;
            value.LastIncompatibleValue = null;
            value.UpdatedAt = now;
        }
        return changes.Count > 0;
    }
}
