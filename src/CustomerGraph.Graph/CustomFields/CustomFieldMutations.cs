using System.Globalization;
using CustomerGraph.Customers.Common;
using CustomerGraph.Customers.CustomFields;
using CustomerGraph.Graph.Common;
using CustomerGraph.Graph.Customers;
using CustomerGraph.GraphQL.Execution;
using CustomerGraph.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerGraph.Graph.CustomFields;

/// <summary>The custom-field mutations: inputs to domain calls, domain errors to payload errors.</summary>
public static class CustomFieldMutations
{
    public static void Bind(ResolverBindings bind) =>
        bind.Resolve("Mutation.createCustomFieldDefinition", CreateDefinitionAsync)
            .Resolve("Mutation.updateCustomFieldDefinition", UpdateDefinitionAsync)
            .Resolve("Mutation.setCustomerCustomFieldValues", SetValuesAsync)
            .Resolve("Mutation.deleteCustomFieldDefinition", DeleteDefinitionAsync);

    private static async ValueTask<object?> CreateDefinitionAsync(IResolverContext context)
    {
        var input = context.Argument<GraphCreateCustomFieldDefinitionInput>("input")!;
        var result = await context
            .Services.GetRequiredService<CustomFieldService>()
            .CreateDefinitionAsync(input.ToCreate(), context.CancellationToken);
        return result.Succeeded
            ? new CustomFieldDefinitionPayload(result.Value, null)
            : new CustomFieldDefinitionPayload(null, MutationErrors.Map(result.Errors, SettingsPath));
    }

    private static async ValueTask<object?> UpdateDefinitionAsync(IResolverContext context)
    {
        var input = context.Argument<UpdateCustomFieldDefinitionInput>("input")!;
        if (!EntityIds.TryParse(input.DefinitionId, out var id))
            return new CustomFieldDefinitionPayload(
                null,
                MutationErrors.MalformedId("CustomFieldDefinition", "definitionId", input.DefinitionId)
            );
        var replacements = input.OptionReplacements ?? [];
        var result = await context
            .Services.GetRequiredService<CustomFieldService>()
            .UpdateDefinitionAsync(id, input.ToPatch(), context.CancellationToken);
        if (!result.Succeeded)
            return new CustomFieldDefinitionPayload(
                null,
                MutationErrors.Map(
                    result.Errors,
                    field =>
                        ReplacementPath(field, replacements)
                        ?? SettingsPath(MutationErrors.IdAndVersion("definitionId")(field))
                )
            );
        RequestLoaders.Forget(context);
        return new CustomFieldDefinitionPayload(result.Value, null);
    }

    private static async ValueTask<object?> DeleteDefinitionAsync(IResolverContext context)
    {
        var input = context.Argument<DeleteCustomFieldDefinitionInput>("input")!;
        if (!EntityIds.TryParse(input.DefinitionId, out var id))
            return new DeleteCustomFieldDefinitionPayload(
                null,
                MutationErrors.MalformedId("CustomFieldDefinition", "definitionId", input.DefinitionId)
            );
        var result = await context
            .Services.GetRequiredService<CustomFieldService>()
            .DeleteDefinitionAsync(id, input.ExpectedVersion, context.CancellationToken);
        if (!result.Succeeded)
            return new DeleteCustomFieldDefinitionPayload(
                null,
                MutationErrors.Map(result.Errors, MutationErrors.IdAndVersion("definitionId"))
            );
        RequestLoaders.Forget(context);
        return new DeleteCustomFieldDefinitionPayload(result.Value.ToString("D"), null);
    }

    private static async ValueTask<object?> SetValuesAsync(IResolverContext context)
    {
        var input = context.Argument<SetCustomerCustomFieldValuesInput>("input")!;
        if (!EntityIds.TryParse(input.CustomerId, out var customerId))
            return new CustomerPayload(
                null,
                MutationErrors.MalformedId("Customer", "customerId", input.CustomerId)
            );
        var set = input.Set ?? [];
        // jsonValue is JSON text: text that is no JSON is refused before the domain sees any value.
        var unreadable = set.Select((item, index) => (item, index))
            .Where(pair => !pair.item.Value.IsReadable)
            .Select(pair =>
                (DomainError)
                    new ValidationError(
                        $"set[{pair.index}].value.jsonValue",
                        DomainErrorCodes.InvalidValue,
                        "jsonValue must be JSON text, e.g. {\"a\": 1}."
                    )
            )
            .ToList();
        if (unreadable.Count > 0)
            return new CustomerPayload(null, MutationErrors.Map(unreadable, MutationErrors.Same));
        var values = set.Select(item => new CustomFieldValueInput(item.Key, item.Value.ToJson()))
            .Concat((input.Clear ?? []).Select(key => new CustomFieldValueInput(key, null)))
            .ToList();
        var result = await context
            .Services.GetRequiredService<CustomFieldService>()
            .SetCustomerValuesAsync(customerId, values, context.CancellationToken);
        if (!result.Succeeded)
            return new CustomerPayload(
                null,
                MutationErrors.Map(result.Errors, field => ValuePath(field, set.Count))
            );
        RequestLoaders.Forget(context);
        CustomFieldLoaders.ValuesByCustomer(context).Prime(customerId, result.Value!);
        var customer = await CustomerLoaders.ById(context).LoadAsync(customerId, context.CancellationToken);
        return new CustomerPayload(customer, null);
    }

    // The domain names settings flat; the inputs group them by field type.
    private static string SettingsPath(string field) =>
        field switch
        {
            "options" or "multiSelect" => $"dropdown.{field}",
            "minimum" or "maximum" or "unit" => $"number.{field}",
            "maxLength" or "pattern" => $"string.{field}",
            _ => field,
        };

    // The domain reports a bad replacement as "optionReplacements.<removed option>"; the input has a list.
    private static string? ReplacementPath(string field, IReadOnlyList<OptionReplacementInput> replacements)
    {
        const string prefix = "optionReplacements.";
        if (!field.StartsWith(prefix, StringComparison.Ordinal))
            return null;
        var removed = field[prefix.Length..];
        var index = replacements.Count - 1;
        while (index >= 0 && replacements[index].Removed != removed)
            index--;
        return index < 0 ? "optionReplacements" : $"optionReplacements[{index}].replacement";
    }

    // The domain numbers the values it was given ("values[i].…"): set items first, then cleared keys.
    private static string ValuePath(string field, int setCount)
    {
        if (!field.StartsWith("values[", StringComparison.Ordinal))
            return field;
        var close = field.IndexOf(']');
        var index = int.Parse(field.AsSpan(7, close - 7), CultureInfo.InvariantCulture);
        var rest = field[(close + 1)..];
        return index < setCount ? $"set[{index}]{rest}" : $"clear[{index - setCount}]";
    }
}
