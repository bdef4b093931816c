using CustomerGraph.Customers.Common;
using CustomerGraph.Customers.Contacts;
using CustomerGraph.Graph.Common;
using CustomerGraph.GraphQL.DataLoading;
using CustomerGraph.GraphQL.Execution;
using CustomerGraph.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerGraph.Graph.Contacts;

/// <summary>The request's contact DataLoaders.</summary>
public static class ContactLoaders
{
    /// <summary>Contacts by entity id.</summary>
    public static BatchDataLoader<Guid, CustomerContact> ById(IResolverContext context)
    {
        var services = context.Services;
        return context.DataLoaders.GetOrAdd(
            "CustomerContact.byId",
            scheduler => new BatchDataLoader<Guid, CustomerContact>(
                scheduler,
                (ids, cancellationToken) =>
                    services.GetRequiredService<ContactQueries>().GetByIdsAsync(ids, cancellationToken)
            )
        );
    }

    /// <summary>A page of contacts per customer, keyed by customer and page arguments.</summary>
    public static PagedChildLoader<PageRequest, CustomerContact> PageByCustomer(IResolverContext context)
    {
        var services = context.Services;
        return context.DataLoaders.GetOrAdd(
            "Customer.contacts",
            scheduler => new PagedChildLoader<PageRequest, CustomerContact>(
                scheduler,
                (customerIds, page, cancellationToken) =>
                    services
                        .GetRequiredService<ContactQueries>()
                        .GetContactsForCustomersAsync(customerIds, page, cancellationToken)
            )
        );
    }

    /// <summary>The number of contacts per customer.</summary>
    public static ChildCountLoader<int> CountByCustomer(IResolverContext context)
    {
        var services = context.Services;
        return context.DataLoaders.GetOrAdd(
            "Customer.contacts.count",
            scheduler => new ChildCountLoader<int>(
                scheduler,
                (customerIds, _, cancellationToken) =>
                    services
                        .GetRequiredService<ChildCountQueries>()
                        .CountContactsAsync(customerIds, cancellationToken)
            )
        );
    }
}
