using CustomerGraph.Customers.Assets;
using CustomerGraph.GraphQL.DataLoading;
using CustomerGraph.GraphQL.Execution;
using CustomerGraph.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerGraph.Graph.Assets;

/// <summary>The request's asset DataLoaders.</summary>
public static class AssetLoaders
{
    /// <summary>Assets by entity id: one statement per dispatch for every id asked for.</summary>
    public static BatchDataLoader<Guid, Asset> ById(IResolverContext context)
    {
        var services = context.Services;
        return context.DataLoaders.GetOrAdd(
            "Asset.byId",
            scheduler => new BatchDataLoader<Guid, Asset>(
                scheduler,
                (ids, cancellationToken) =>
                    services.GetRequiredService<AssetQueries>().GetByIdsAsync(ids, cancellationToken)
            )
        );
    }
}
