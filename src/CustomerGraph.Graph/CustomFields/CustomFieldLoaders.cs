using CustomerGraph.Customers.CustomFields;
using CustomerGraph.GraphQL.DataLoading;
using CustomerGraph.GraphQL.Execution;
using CustomerGraph.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerGraph.Graph.CustomFields;

/// <summary>The request's custom-field DataLoaders.</summary>
public static class CustomFieldLoaders
{
    /// <summary>Every custom field value (with its definition) per customer: one statement per dispatch.</summary>
    public static BatchDataLoader<Guid, IReadOnlyList<CustomFieldValue>> ValuesByCustomer(
        IResolverContext context
    )
    {
        var services = context.Services;
        return context.DataLoaders.GetOrAdd(
            "Customer.customFields",
            scheduler => new BatchDataLoader<Guid, IReadOnlyList<CustomFieldValue>>(
                scheduler,
                (customerIds, cancellationToken) =>
                    services
                        .GetRequiredService<CustomFieldQueries>()
                        .GetValuesForCustomersAsync(customerIds, cancellationToken)
            )
        );
    }

    /// <summary>Definitions by entity id.</summary>
    public static BatchDataLoader<Guid, CustomFieldDefinition> DefinitionById(IResolverContext context)
    {
        var services = context.Services;
        return context.DataLoaders.GetOrAdd(
            "CustomFieldDefinition.byId",
            scheduler => new BatchDataLoader<Guid, CustomFieldDefinition>(
                scheduler,
                (ids, cancellationToken) =>
                    services
                        .GetRequiredService<CustomFieldQueries>()
                        .GetDefinitionsByIdsAsync(ids, cancellationToken)
            )
        );
    }
}
