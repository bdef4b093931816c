using CustomerGraph.Api.RateLimiting;
using CustomerGraph.Customers.AssetAssignments;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CustomerGraph.Api.Rest;

/// <summary>
/// <c>/customer/v1/customers/{customerId}/assets</c>: the assets assigned to a customer. The list is read like the
/// other numbered lists; a POST assigns and unassigns in one transaction through the same
/// <see cref="AssetAssignmentService"/> the graph's <c>updateCustomerAssets</c> uses: all of it or none of it.
/// </summary>
public static class CustomerAssetsApi
{
    private const string Tag = "Customer assets";

    public static IEndpointRouteBuilder MapCustomerAssetsApi(this IEndpointRouteBuilder app)
    {
        var assets = app.MapGroup("/customers/{customerId}/assets").WithTags(Tag);
        assets
            .MapGet("/", ListAsync)
            .WithPageSizeCost()
            .WithName("ListCustomerAssets")
            .WithSummary(
                "Lists the assets assigned to a customer, oldest assignment first, a numbered page at a time."
            )
            .Produces<RestError>(StatusCodes.Status400BadRequest)
            .Produces<RestError>(StatusCodes.Status404NotFound)
            .Produces<RestError>(StatusCodes.Status500InternalServerError);
        assets
            .MapPost("/", UpdateAsync)
            .WithName("UpdateCustomerAssets")
            .WithSummary(
                "Assigns and unassigns assets in one transaction, all or nothing; answers with the list's first page."
            )
            .Produces<RestError>(StatusCodes.Status400BadRequest)
            .Produces<RestError>(StatusCodes.Status404NotFound)
            .Produces<RestError>(StatusCodes.Status409Conflict)
            .Produces<RestError>(StatusCodes.Status413PayloadTooLarge)
            .Produces<RestError>(StatusCodes.Status415UnsupportedMediaType)
            .Produces<RestError>(StatusCodes.Status500InternalServerError);
        return app;
    }

    /// <summary><c>page</c>, <c>size</c>, <c>sort=assignedAt|-assignedAt</c> and <c>assignmentType=RENTAL,SERVICE</c>.</summary>
    public static async Task<
        Results<Ok<PageResource<CustomerAssetResource>>, JsonHttpResult<RestError>>
    > ListAsync(
        string customerId,
        HttpRequest request,
        AssetAssignmentQueries queries,
        CancellationToken cancellationToken
    )
    {
        if (!Guid.TryParseExact(customerId, "D", out var id))
            return RestError.InvalidId(nameof(customerId), customerId).ToResult();
        var list = ListRequest.Read(request);
        if (list.Violations.Count > 0)
            return RestError.ConstraintViolation(list.Violations).ToResult();
        return await list.ReadAsync(id, queries, cancellationToken);
    }

    /// <summary>
    /// <c>{ "assign": [{ "assetId", "assignmentType", "note" }], "unassign": ["assetId"] }</c>. Assigning an asset
    /// again with the same type replaces its note; unassigning removes every assignment type of the asset. Answers
    /// with the first page of the list, as a GET without parameters reads it.
    /// </summary>
    public static async Task<
        Results<Ok<PageResource<CustomerAssetResource>>, JsonHttpResult<RestError>>
    > UpdateAsync(
        string customerId,
        HttpRequest request,
        AssetAssignmentService service,
        AssetAssignmentQueries queries,
        CancellationToken cancellationToken
    )
    {
        if (!Guid.TryParseExact(customerId, "D", out var id))
            return RestError.InvalidId(nameof(customerId), customerId).ToResult();
        var (body, error) = await RestBody.ReadAsync(request, cancellationToken);
        if (body is null)
            return error!.ToResult();
        var assign = new List<AssetAssignmentInput>();
        var assignItems = body.Array("assign") ?? [];
        for (var index = 0; index < assignItems.Count; index++)
        {
            if (body.ObjectItem("assign", index, assignItems[index]) is not { } item)
                continue;
            var assetId = item.RequiredUuid("assetId");
            var type = item.RequiredEnum<AssignmentType>("assignmentType");
            var note = item.String("note");
            if (assetId is { } asset && type is { } assignmentType)
                assign.Add(new AssetAssignmentInput(asset, assignmentType, note));
        }
        var unassignItems = body.Array("unassign") ?? [];
        var unassign = new List<Guid>();
        for (var index = 0; index < unassignItems.Count; index++)
        {
            if (body.UuidItem("unassign", index, unassignItems[index]) is { } asset)
                unassign.Add(asset);
        }
        if (body.Violations.Count > 0)
            return RestError.ConstraintViolation(body.Violations).ToResult();
        var result = await service.UpdateCustomerAssetsAsync(
            id,
            new UpdateCustomerAssetsInput { Assign = assign, Unassign = unassign },
            cancellationToken
        );
        if (!result.Succeeded)
            return RestError.FromDomain(result.Errors, body.Json).ToResult();
        return await ListRequest.FirstPage.ReadAsync(id, queries, cancellationToken);
    }

    // The parameters of the list, read (and checked) before it is read.
    private sealed record ListRequest(
        int Page,
        int Size,
        List<AssignmentType>? Types,
        bool NewestFirst,
        RestQuery Query
    )
    {
        /// <summary>The first page in the default order, as a GET without parameters reads it.</summary>
        public static ListRequest FirstPage { get; } =
            new(0, RestQuery.DefaultSize, null, false, new RestQuery(QueryCollection.Empty));

        public List<RestViolation> Violations => Query.Violations;

        public static ListRequest Read(HttpRequest request)
        {
            var query = new RestQuery(request.Query);
            var sorts = query.Sort(new Dictionary<string, string> { ["assignedAt"] = "assignedAt" });
            return new ListRequest(
                query.Page,
                query.Size,
                query.Enums<AssignmentType>("assignmentType"),
                sorts is [(_, true), ..],
                query
            );
        }

        public async Task<
            Results<Ok<PageResource<CustomerAssetResource>>, JsonHttpResult<RestError>>
        > ReadAsync(Guid customerId, AssetAssignmentQueries queries, CancellationToken cancellationToken)
        {
            var result = await queries.ListPageForCustomerAsync(
                customerId,
                Page,
                Size,
                Types,
                NewestFirst,
                cancellationToken
            );
            return result.Succeeded
                ? TypedResults.Ok(
                    PageResource<CustomerAssetResource>.From(result.Value!, CustomerAssetResource.From)
                )
                : RestError.FromDomain(result.Errors, Query.Json).ToResult();
        }
    }
}
