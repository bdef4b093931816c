using System.Globalization;
using System.Text.Json;
using CustomerGraph.Customers.Common;
using CustomerGraph.Customers.CustomFields;
using CustomerGraph.Graph.Common;
using CustomerGraph.Graph.Customers;
using CustomerGraph.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerGraph.Graph.CustomFields;

/// <summary>The custom-field mutations: inputs to domain calls, domain errors to payload errors.</summary>
public static class CustomFieldMutations
{
    public static void Bind(ResolverBindings bind) =>
        bind.Resolve("Mutation.createCustomFieldDefinition", CreateDefinitionAsync)
            .Resolve("Mutation.updateCustomFieldDefinition", UpdateDefinitionAsync)
            .Resolve("Mutation.setCustomerCustomFieldValues", SetValuesAsync);

    private static async ValueTask<object?> CreateDefinitionAsync(IResolverContext context)
    {
        var input = InputObject.FromArgument(context, "input");
        var dropdown = input.Object("dropdown");
        var number = input.Object("number");
        var text = input.Object("string");
        var create = new CreateCustomFieldDefinitionInput(
            input.String("key")!,
            input.String("title")!,
            input.Enum<CustomFieldType>("type")!.Value
        )
        {
            EntityType = input.Enum<CustomFieldEntityType>("entityType") ?? CustomFieldEntityType.Customer,
            Description = input.String("description"),
            UiVisible = input.Boolean("uiVisible") ?? true,
            UiEditable = input.Boolean("uiEditable") ?? true,
            Options = dropdown.Strings("options"),
            MultiSelect = dropdown.Boolean("multiSelect") ?? false,
            Currency = input.String("currency"),
            Minimum = number.Decimal("minimum"),
            Maximum = number.Decimal("maximum"),
            Unit = number.String("unit"),
            MaxLength = text.Int("maxLength"),
            Pattern = text.String("pattern"),
        };
        var result = await context
            .Services.GetRequiredService<CustomFieldService>()
            .CreateDefinitionAsync(create, context.CancellationToken);
        return result.Succeeded
            ? new CustomFieldDefinitionPayload(result.Value, null)
            : new CustomFieldDefinitionPayload(null, MutationErrors.Map(result.Errors, SettingsPath));
    }

    private static async ValueTask<object?> UpdateDefinitionAsync(IResolverContext context)
    {
        var input = InputObject.FromArgument(context, "input");
        var idText = input.String("definitionId");
        if (!EntityIds.TryParse(idText, out var id))
            return new CustomFieldDefinitionPayload(
                null,
                MutationErrors.MalformedId("CustomFieldDefinition", "definitionId", idText)
            );
        var replacements = (input.List("optionReplacements") ?? [])
            .Select(InputObject.From)
            .Select(item => (Removed: item.String("removed")!, Replacement: item.String("replacement")!))
            .ToList();
        var patch = new CustomFieldDefinitionPatch
        {
            Title = input.OptionalString("title"),
            Description = input.OptionalString("description"),
            UiVisible = Flag(input, "uiVisible"),
            UiEditable = Flag(input, "uiEditable"),
            OptionReplacements =
                replacements.Count == 0
                    ? null
                    : replacements
                        .GroupBy(item => item.Removed)
                        .ToDictionary(group => group.Key, group => group.Last().Replacement),
        };
        // A settings object replaces its settings: given fields are set, and null clears the whole group.
        if (input.Has("dropdown"))
        {
            var dropdown = input.Object("dropdown");
            patch = patch with
            {
                Options = Optional<IReadOnlyList<string>?>.Of(dropdown.Strings("options")),
                MultiSelect = dropdown.Boolean("multiSelect") ?? false,
            };
        }
        if (input.Has("number"))
        {
            var number = input.Object("number");
            var clearAll = !input.HasValue("number");
            patch = patch with
            {
                Minimum = Setting(number, "minimum", clearAll, number.Decimal),
                Maximum = Setting(number, "maximum", clearAll, number.Decimal),
                Unit = Setting(number, "unit", clearAll, number.String),
            };
        }
        if (input.Has("string"))
        {
            var text = input.Object("string");
            var clearAll = !input.HasValue("string");
            patch = patch with
            {
                MaxLength = Setting(text, "maxLength", clearAll, text.Int),
                Pattern = Setting(text, "pattern", clearAll, text.String),
            };
        }
        var result = await context
            .Services.GetRequiredService<CustomFieldService>()
            .UpdateDefinitionAsync(id, patch, context.CancellationToken);
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

    private static async ValueTask<object?> SetValuesAsync(IResolverContext context)
    {
        var input = InputObject.FromArgument(context, "input");
        var idText = input.String("customerId");
        if (!EntityIds.TryParse(idText, out var customerId))
            return new CustomerPayload(null, MutationErrors.MalformedId("Customer", "customerId", idText));
        var set = (input.List("set") ?? []).Select(InputObject.From).ToList();
        var clear = input.Strings("clear") ?? [];
        var values = set.Select(item => new CustomFieldValueInput(
                item.String("key")!,
                ToJson(item.Object("value"))
            ))
            .Concat(clear.Select(key => new CustomFieldValueInput(key, null)))
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

    /// <summary>The domain's JSON form of a <c>CustomFieldValueInput</c> (exactly one field is set: it is @oneOf).</summary>
    private static JsonElement? ToJson(InputObject value)
    {
        if (value.HasValue("booleanValue"))
            return JsonSerializer.SerializeToElement(value.Boolean("booleanValue"));
        if (value.Value("dateValue") is DateOnly date)
            return JsonSerializer.SerializeToElement(
                date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            );
        if (value.Strings("selectedOptions") is { } options)
            // One option is a plain string, which single- and multi-select fields both accept.
            return options.Count == 1
                ? JsonSerializer.SerializeToElement(options[0])
                : JsonSerializer.SerializeToElement(options);
        if (value.HasValue("numberValue"))
            return JsonSerializer.SerializeToElement(value.Decimal("numberValue"));
        if (value.HasValue("stringValue"))
            return JsonSerializer.SerializeToElement(value.String("stringValue"));
        return null;
    }

    private static Optional<bool> Flag(InputObject input, string name) =>
        input.Boolean(name) is { } value ? value : Optional<bool>.Omitted;

    private static Optional<T> Setting<T>(
        InputObject settings,
        string name,
        bool clearAll,
        Func<string, T> read
    ) =>
        clearAll ? Optional<T>.Of(default!)
        : settings.Has(name) ? Optional<T>.Of(read(name))
        : Optional<T>.Omitted;

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
    private static string? ReplacementPath(
        string field,
        List<(string Removed, string Replacement)> replacements
    )
    {
        const string prefix = "optionReplacements.";
        if (!field.StartsWith(prefix, StringComparison.Ordinal))
            return null;
        var index = replacements.FindLastIndex(item => item.Removed == field[prefix.Length..]);
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
