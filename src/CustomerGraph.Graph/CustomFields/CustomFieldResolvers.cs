using System.Globalization;
using System.Text.Json;
using CustomerGraph.Customers.Customers;
using CustomerGraph.Customers.CustomFields;
using CustomerGraph.Graph.Common;
using CustomerGraph.Graph.Relay;
using CustomerGraph.GraphQL.Execution;
using CustomerGraph.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerGraph.Graph.CustomFields;

/// <summary>Binds <c>CustomFieldDefinition</c>, <c>CustomFieldValue</c>, <c>Customer.customFields</c> and the definitions query.</summary>
public static class CustomFieldResolvers
{
    public static void Bind(ResolverBindings bind)
    {
        bind.BindType<CustomFieldDefinition>("CustomFieldDefinition")
            .BindType<CustomFieldValue>("CustomFieldValue")
            .Resolve<CustomFieldDefinition>(
                "CustomFieldDefinition.id",
                (definition, _) => GlobalId.Encode("CustomFieldDefinition", definition.Id)
            )
            .Resolve<CustomFieldDefinition>(
                "CustomFieldDefinition.definitionId",
                (definition, _) => definition.Id.ToString("D")
            )
            .Resolve<CustomFieldDefinition>(
                "CustomFieldDefinition.options",
                (definition, _) => definition.Type == CustomFieldType.Dropdown ? definition.Options : null
            )
            .Resolve<CustomFieldDefinition>(
                "CustomFieldDefinition.multiSelect",
                (definition, _) => definition.Type == CustomFieldType.Dropdown ? definition.MultiSelect : null
            )
            .Resolve<CustomFieldDefinition>(
                "CustomFieldDefinition.minimum",
                (definition, _) => (double?)definition.Minimum
            )
            .Resolve<CustomFieldDefinition>(
                "CustomFieldDefinition.maximum",
                (definition, _) => (double?)definition.Maximum
            )
            .Resolve<CustomFieldValue>("CustomFieldValue.definition", ResolveDefinitionAsync)
            .Resolve<CustomFieldValue>(
                "CustomFieldValue.key",
                async (value, context) => (await DefinitionOfAsync(value, context))?.Key
            )
            .Resolve<CustomFieldValue>(
                "CustomFieldValue.type",
                async (value, context) => (await DefinitionOfAsync(value, context))?.Type
            )
            .Resolve<CustomFieldValue>(
                "CustomFieldValue.booleanValue",
                (value, context) => ValueAsync(value, context, Read.Boolean)
            )
            .Resolve<CustomFieldValue>(
                "CustomFieldValue.dateValue",
                (value, context) => ValueAsync(value, context, Read.Date)
            )
            .Resolve<CustomFieldValue>(
                "CustomFieldValue.selectedOptions",
                (value, context) => ValueAsync(value, context, Read.Options)
            )
            .Resolve<CustomFieldValue>(
                "CustomFieldValue.numberValue",
                (value, context) => ValueAsync(value, context, Read.Number)
            )
            .Resolve<CustomFieldValue>(
                "CustomFieldValue.stringValue",
                (value, context) => ValueAsync(value, context, Read.Text)
            )
            .Resolve<CustomFieldValue>(
                "CustomFieldValue.jsonValue",
                (value, context) => ValueAsync(value, context, Read.Json)
            )
            .Resolve<Customer>(
                "Customer.customFields",
                async (customer, context) =>
                    await CustomFieldLoaders
                        .ValuesByCustomer(context)
                        .LoadAsync(customer.Id, context.CancellationToken)
            )
            .Resolve("Query.customFieldDefinitions", ResolveDefinitionsAsync);
        CustomFieldMutations.Bind(bind);
    }

    private static async ValueTask<object?> ResolveDefinitionsAsync(IResolverContext context)
    {
        var entityType = context.Argument<CustomFieldEntityType>("entityType");
        return await context
            .Services.GetRequiredService<CustomFieldQueries>()
            .GetDefinitionsAsync(entityType, context.CancellationToken);
    }

    private static async Task<object?> ResolveDefinitionAsync(
        CustomFieldValue value,
        IResolverContext context
    ) => await DefinitionOfAsync(value, context);

    // The values loader brings definitions along; the loader is the fallback for values read without them.
    private static async Task<CustomFieldDefinition?> DefinitionOfAsync(
        CustomFieldValue value,
        IResolverContext context
    ) =>
        value.Definition
        ?? await CustomFieldLoaders
            .DefinitionById(context)
            .LoadAsync(value.DefinitionId, context.CancellationToken);

    /// <summary>The typed reading of the stored JSON that one value field exposes; null when the field is another type's.</summary>
    private enum Read
    {
        Boolean,
        Date,
        Options,
        Number,
        Text,
        Json,
    }

    private static async Task<object?> ValueAsync(CustomFieldValue value, IResolverContext context, Read read)
    {
        if (value.Value is null || await DefinitionOfAsync(value, context) is not { } definition)
            return null;
        var expected = definition.Type switch
        {
            CustomFieldType.Boolean => Read.Boolean,
            CustomFieldType.Date => Read.Date,
            CustomFieldType.Dropdown => Read.Options,
            CustomFieldType.Number or CustomFieldType.Monetary => Read.Number,
            CustomFieldType.Json => Read.Json,
            _ => Read.Text,
        };
        if (expected != read)
            return null;
        // A JSON value is shown as it was stored, the caller's own text.
        if (read == Read.Json)
            return value.Value;
        using var document = JsonDocument.Parse(value.Value);
        var json = document.RootElement;
        return read switch
        {
            Read.Boolean => json.GetBoolean(),
            Read.Date => DateOnly.ParseExact(json.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Read.Options => json.ValueKind == JsonValueKind.Array
                ? json.EnumerateArray().Select(option => option.GetString()!).ToList()
                : new List<string> { json.GetString()! },
            Read.Number => json.GetDouble(),
            _ => json.GetString(),
        };
    }
}
