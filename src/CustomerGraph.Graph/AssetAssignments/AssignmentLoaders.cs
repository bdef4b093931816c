using CustomerGraph.Customers.AssetAssignments;
using CustomerGraph.Customers.Common;
using CustomerGraph.Graph.Common;
using CustomerGraph.GraphQL.DataLoading;
using CustomerGraph.GraphQL.Execution;
using CustomerGraph.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerGraph.Graph.AssetAssignments;

/// <summary>The arguments that shape a page of assignments; the type filter is a bit set so keys compare by value.</summary>
public readonly record struct AssignmentPageArgs(PageRequest Page, int TypeMask)
{
    /// <summary>The page and <c>assignmentTypes</c> arguments of an assignment list field.</summary>
    public static AssignmentPageArgs Read(IResolverContext context)
    {
        var typeMask = (context.Argument<AssignmentType[]>("assignmentTypes") ?? []).Aggregate(
            0,
            (mask, type) => mask | Bit(type)
        );
        return new(PagingArguments.Read(context), typeMask);
    }

    /// <summary>The types to keep; null (every type) when no type was asked for.</summary>
    public IReadOnlyCollection<AssignmentType>? Types => TypesOf(TypeMask);

    /// <summary>The types a mask stands for; null for the empty mask, which keeps every type.</summary>
    public static IReadOnlyCollection<AssignmentType>? TypesOf(int typeMask) =>
        typeMask == 0
            ? null
            : [.. Enum.GetValues<AssignmentType>().Where(type => (typeMask & Bit(type)) != 0)];

    private static int Bit(AssignmentType type) => 1 << (int)type;
}

/// <summary>The request's asset-assignment DataLoaders, in both directions.</summary>
public static class AssignmentLoaders
{
    /// <summary>A page of assignments (with their assets) per customer.</summary>
    public static PagedChildLoader<AssignmentPageArgs, CustomerAssetAssignment> PageByCustomer(
        IResolverContext context
    )
    {
        var services = context.Services;
        return context.DataLoaders.GetOrAdd(
            "Customer.assets",
            scheduler => new PagedChildLoader<AssignmentPageArgs, CustomerAssetAssignment>(
                scheduler,
                (customerIds, args, cancellationToken) =>
                    services
                        .GetRequiredService<AssetAssignmentQueries>()
                        .GetAssignmentsForCustomersAsync(
                            customerIds,
                            args.Page,
                            args.Types,
                            cancellationToken
                        )
            )
        );
    }

    /// <summary>A page of assignments (with their customers) per asset: the reverse lookup.</summary>
    public static PagedChildLoader<AssignmentPageArgs, CustomerAssetAssignment> PageByAsset(
        IResolverContext context
    )
    {
        var services = context.Services;
        return context.DataLoaders.GetOrAdd(
            "Asset.customers",
            scheduler => new PagedChildLoader<AssignmentPageArgs, CustomerAssetAssignment>(
                scheduler,
                (assetIds, args, cancellationToken) =>
                    services
                        .GetRequiredService<AssetAssignmentQueries>()
                        .GetAssignmentsForAssetsAsync(assetIds, args.Page, args.Types, cancellationToken)
            )
        );
    }

    /// <summary>The number of assignments per customer, by type filter.</summary>
    public static ChildCountLoader<int> CountByCustomer(IResolverContext context)
    {
        var services = context.Services;
        return context.DataLoaders.GetOrAdd(
            "Customer.assets.count",
            scheduler => new ChildCountLoader<int>(
                scheduler,
                (customerIds, typeMask, cancellationToken) =>
                    services
                        .GetRequiredService<ChildCountQueries>()
                        .CountAssignmentsForCustomersAsync(
                            customerIds,
                            AssignmentPageArgs.TypesOf(typeMask),
                            cancellationToken
                        )
            )
        );
    }

    /// <summary>The number of assignments per asset, by type filter.</summary>
    public static ChildCountLoader<int> CountByAsset(IResolverContext context)
    {
        var services = context.Services;
        return context.DataLoaders.GetOrAdd(
            "Asset.customers.count",
            scheduler => new ChildCountLoader<int>(
                scheduler,
                (assetIds, typeMask, cancellationToken) =>
                    services
                        .GetRequiredService<ChildCountQueries>()
                        .CountAssignmentsForAssetsAsync(
                            assetIds,
                            AssignmentPageArgs.TypesOf(typeMask),
                            cancellationToken
                        )
            )
        );
    }
}
