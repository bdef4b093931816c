using CustomerGraph.Customers.Assets;
using CustomerGraph.Customers.Common;
using CustomerGraph.Graph.Common;
using CustomerGraph.Graph.Relay;
using CustomerGraph.GraphQL.Execution;
using CustomerGraph.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerGraph.Graph.Assets;

/// <summary>Binds <c>Asset</c>, its connection and <c>Query.asset(s)</c>.</summary>
public static class AssetResolvers
{
    public static void Bind(ResolverBindings bind)
    {
        bind.BindType<Asset>("Asset")
            .BindType<Connection<Asset>>("AssetConnection")
            .BindType<PageEdge<Asset>>("AssetEdge")
            .Resolve<Asset>("Asset.id", (asset, _) => GlobalId.Encode("Asset", asset.Id))
            .Resolve<Asset>("Asset.assetId", (asset, _) => asset.Id.ToString("D"))
            .Resolve("Query.asset", ResolveAssetAsync)
            .Resolve("Query.assets", ResolveAssetsAsync);
    }

    private static async ValueTask<object?> ResolveAssetAsync(IResolverContext context)
    {
        var id = EntityIds.Require(context.Argument<string>("id"), "id");
        return await AssetLoaders.ById(context).LoadAsync(id, context.CancellationToken);
    }

    private static async ValueTask<object?> ResolveAssetsAsync(IResolverContext context)
    {
        var queries = context.Services.GetRequiredService<AssetQueries>();
        var filters = context.Argument<AssetFilters>("filters");
        var page = ReadFailures.ValueOrThrow(
            await queries.ListAsync(PagingArguments.Read(context), filters, context.CancellationToken)
        );
        return new Connection<Asset>(
            page,
            counting => queries.CountAsync(filters, counting.CancellationToken)
        );
    }
}
