using CustomerGraph.Customers.CustomFields;
using CustomerGraph.GraphQL.DataLoading;
using CustomerGraph.GraphQL.Execution;
using CustomerGraph.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerGraph.Graph.CustomFields;

/// <summary>The request's custom-field DataLoaders.</summary>
public static class CustomFieldLoaders
{
    /// <summary>Every custom field value (with its definition) of each customer: one statement per dispatch.</summary>
    public static GroupedDataLoader<Guid, CustomFieldValue> ValuesByCustomer(IResolverContext context)
    {
        var services = context.Services;
        return context.DataLoaders.GetOrAdd(
            "Customer.customFields",
            scheduler => new FetchGroupedDataLoader<Guid, CustomFieldValue>(
                scheduler,
                async (customerIds, cancellationToken) =>
                    (
                        await services
                            .GetRequiredService<CustomFieldQueries>()
                            .GetValuesForCustomersAsync(customerIds, cancellationToken)
                    )
                        .SelectMany(values => values.Value)
                        .ToLookup(value => value.CustomerId)
            )
        );
    }

    /// <summary>Definitions by entity id.</summary>
    public static BatchDataLoader<Guid, CustomFieldDefinition> DefinitionById(IResolverContext context)
    {
        var services = context.Services;
        return context.DataLoaders.GetOrAdd(
            "CustomFieldDefinition.byId",
            scheduler => new FetchBatchDataLoader<Guid, CustomFieldDefinition>(
                scheduler,
                (ids, cancellationToken) =>
                    services
                        .GetRequiredService<CustomFieldQueries>()
                        .GetDefinitionsByIdsAsync(ids, cancellationToken)
            )
        );
    }
}
