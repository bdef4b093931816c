using CustomerGraph.Customers.AssetAssignments;
using CustomerGraph.Customers.Assets;
using CustomerGraph.Customers.Common;
using CustomerGraph.Customers.Customers;
using CustomerGraph.Graph.Assets;
using CustomerGraph.Graph.Common;
using CustomerGraph.Graph.Customers;
using CustomerGraph.GraphQL.Execution;
using CustomerGraph.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerGraph.Graph.AssetAssignments;

/// <summary>Binds <c>CustomerAsset</c>, <c>Customer.assets</c>, <c>Asset.customers</c> and <c>updateCustomerAssets</c>.</summary>
public static class AssignmentResolvers
{
    public static void Bind(ResolverBindings bind)
    {
        bind.BindType<CustomerAssetAssignment>("CustomerAsset")
            .BindType<Connection<CustomerAssetAssignment>>("CustomerAssetConnection")
            .BindType<PageEdge<CustomerAssetAssignment>>("CustomerAssetEdge")
            .Resolve<CustomerAssetAssignment>(
                "CustomerAsset.asset",
                async (assignment, context) =>
                    assignment.Asset
                    ?? await AssetLoaders
                        .ById(context)
                        .LoadAsync(assignment.AssetId, context.CancellationToken)
            )
            .Resolve<CustomerAssetAssignment>(
                "CustomerAsset.customer",
                async (assignment, context) =>
                    assignment.Customer
                    ?? await CustomerLoaders
                        .ById(context)
                        .LoadAsync(assignment.CustomerId, context.CancellationToken)
            )
            .Resolve<Customer>(
                "Customer.assets",
                (customer, context) =>
                    LoadAsync(
                        customer.Id,
                        context,
                        AssignmentLoaders.PageByCustomer(context),
                        AssignmentLoaders.CountByCustomer
                    )
            )
            .Resolve<Asset>(
                "Asset.customers",
                (asset, context) =>
                    LoadAsync(
                        asset.Id,
                        context,
                        AssignmentLoaders.PageByAsset(context),
                        AssignmentLoaders.CountByAsset
                    )
            )
            .Resolve("Mutation.updateCustomerAssets", UpdateAsync);
    }

    private static async Task<object?> LoadAsync(
        Guid parentId,
        IResolverContext context,
        PagedChildLoader<AssignmentPageArgs, CustomerAssetAssignment> pages,
        Func<IResolverContext, ChildCountLoader<int>> counts
    )
    {
        var args = AssignmentPageArgs.Read(context);
        var page = ReadFailures.ValueOrThrow(
            (
                await pages.LoadAsync(
                    new ChildPageKey<AssignmentPageArgs>(parentId, args),
                    context.CancellationToken
                )
            )!
        );
        return new Connection<CustomerAssetAssignment>(
            page!,
            counting =>
                counts(counting)
                    .LoadAsync(new ChildPageKey<int>(parentId, args.TypeMask), counting.CancellationToken)
        );
    }

    private static async ValueTask<object?> UpdateAsync(IResolverContext context)
    {
        var input = context.Argument<GraphUpdateCustomerAssetsInput>("input")!;
        if (!EntityIds.TryParse(input.CustomerId, out var customerId))
            return new CustomerPayload(
                null,
                MutationErrors.MalformedId("Customer", "customerId", input.CustomerId)
            );
        // Ids that cannot parse are reported like unknown ones, with their input paths.
        var malformed = new List<object>();
        var assign = new List<AssetAssignmentInput>();
        var assignItems = input.Assign ?? [];
        for (var index = 0; index < assignItems.Count; index++)
        {
            var item = assignItems[index];
            if (!EntityIds.TryParse(item.AssetId, out var id))
                malformed.AddRange(
                    MutationErrors.MalformedId("Asset", $"assign[{index}].assetId", item.AssetId)
                );
            else
                assign.Add(new AssetAssignmentInput(id, item.AssignmentType, item.Note));
        }
        var unassign = new List<Guid>();
        var unassignItems = input.Unassign ?? [];
        for (var index = 0; index < unassignItems.Count; index++)
        {
            if (EntityIds.TryParse(unassignItems[index], out var id))
                unassign.Add(id);
            else
                malformed.AddRange(
                    MutationErrors.MalformedId("Asset", $"unassign[{index}]", unassignItems[index])
                );
        }
        if (malformed.Count > 0)
            return new CustomerPayload(null, malformed);
        var result = await context
            .Services.GetRequiredService<AssetAssignmentService>()
            .UpdateCustomerAssetsAsync(
                customerId,
                new UpdateCustomerAssetsInput { Assign = assign, Unassign = unassign },
                context.CancellationToken
            );
        if (!result.Succeeded)
            return new CustomerPayload(null, MutationErrors.Map(result.Errors, MutationErrors.Same));
        RequestLoaders.Forget(context);
        return new CustomerPayload(result.Value, null);
    }
}
