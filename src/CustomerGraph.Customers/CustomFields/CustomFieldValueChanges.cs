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
        var definitions = await db
            .CustomFieldDefinitions.Where(d =>
                d.AccountId == accountId && d.EntityType == CustomFieldEntityType.Customer
            )
            .ToDictionaryAsync(d => d.Key, cancellationToken);
        var stored = newCustomer
            ? []
            : await db
                .CustomFieldValues.Where(v => v.CustomerId == customerId && v.AccountId == accountId)
                .ToDictionaryAsync(v => v.DefinitionId, cancellationToken);

        var changed = false;
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
            stored.TryGetValue(definition.Id, out var current);
            if (json is not { ValueKind: not JsonValueKind.Null } element)
            {
                if (current is not null)
                {
                    db.CustomFieldValues.Remove(current);
                    changed = true;
                }
                continue;
            }
            var normalized = CustomFieldRules.Normalize(definition, element, out var problem);
            if (normalized is null)
            {
                validator.Add($"{path}.value", problem.Code, problem.Message);
                continue;
            }
            if (current is null)
            {
                current = new CustomFieldValue
                {
                    Id = Guid.CreateVersion7(),
                    AccountId = accountId,
                    CustomerId = customerId,
                    DefinitionId = definition.Id,
                };
                db.CustomFieldValues.Add(current);
            }
            else if (current.Value == normalized && current.LastIncompatibleValue is null)
                continue;
            current.Value = normalized;
            current.LastIncompatibleValue = null;
            current.UpdatedAt = now;
            changed = true;
        }
        return changed;
    }
}
