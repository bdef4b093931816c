using CustomerGraph.Customers.Customers;
using CustomerGraph.GraphQL.DataLoading;
using CustomerGraph.GraphQL.Execution;
using CustomerGraph.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerGraph.Graph.Customers;

/// <summary>The request's customer DataLoaders.</summary>
public static class CustomerLoaders
{
    /// <summary>Customers by entity id: one statement per dispatch for every id asked for.</summary>
    public static BatchDataLoader<Guid, Customer> ById(IResolverContext context)
    {
        var services = context.Services;
        return context.DataLoaders.GetOrAdd(
            "Customer.byId",
            scheduler => new BatchDataLoader<Guid, Customer>(
                scheduler,
                (ids, cancellationToken) =>
                    services.GetRequiredService<CustomerQueries>().GetByIdsAsync(ids, cancellationToken)
            )
        );
    }
}
