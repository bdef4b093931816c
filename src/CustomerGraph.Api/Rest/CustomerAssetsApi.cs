using System.Text.Json;
using CustomerGraph.Api.RateLimiting;
using CustomerGraph.Customers.AssetAssignments;
using CustomerGraph.Customers.Common;
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

    /// <summary>Maps <c>/customers/{customerId}/assets</c> under <paramref name="v1"/>, the REST API's route group.</summary>
    public static IEndpointRouteBuilder MapCustomerAssetsApi(this IEndpointRouteBuilder v1)
    {
        var assets = v1.MapGroup("/customers/{customerId}/assets").WithTags(Tag);
        assets
            .MapGet("", ListAsync)
            .WithPageSizeCost()
            .WithName("ListCustomerAssets")
            .WithSummary(
                "Lists the assets assigned to a customer, oldest assignment first, a numbered page at a time."
            )
            .WithDescription(
                "Each item is one assignment (an asset assigned for two reasons appears twice) with the asset "
                    + "inlined. Pages are numbered from 0 and page × size rows are skipped, as in the customer list."
            )
            .WithQueryParameter<int>("page", "The 0-based page number. Default 0.")
            .WithQueryParameter<int>("size", "Assignments per page, 1 to 1000. Default 20.")
            .WithQueryParameter<string>(
                "sort",
                "assignedAt (oldest first, the default) or -assignedAt (newest first)."
            )
            .WithQueryParameter<AssignmentType[]>("assignmentType", "Assignment types, comma-separated.")
            .Produces<RestError>(StatusCodes.Status400BadRequest)
            .Produces<RestError>(StatusCodes.Status404NotFound)
            .WithErrorExample(
                RestError.ConstraintViolation([
                    new RestViolation(
                        "assignmentType",
                        "value 'LEASE' was rejected: must be one of "
                            + string.Join(", ", RestEnums.Names<AssignmentType>())
                    ),
                ])
            );
        assets
            .MapPost("", UpdateAsync)
            .WithName("UpdateCustomerAssets")
            .WithSummary(
                "Assigns and unassigns assets in one transaction, all or nothing; answers with the list's first page."
            )
            .WithDescription(
                "Assigning an asset again with the same type replaces its note; unassigning removes every "
                    + "assignment type of the asset. Unknown assets are 404 asset_not_found with a violation per "
                    + "unknown id; a concurrent change of the same assignments is 409, to be applied again."
            )
            .WithRequestBody<UpdateCustomerAssetsRequest>()
            .Produces<RestError>(StatusCodes.Status400BadRequest)
            .Produces<RestError>(StatusCodes.Status404NotFound)
            .Produces<RestError>(StatusCodes.Status409Conflict)
            .WithErrorExample(
                RestError.ConstraintViolation([
                    new RestViolation(
                        "assign[0].assignmentType",
                        "value 'null' was rejected: must not be null"
                    ),
                    new RestViolation("unassign[0]", "value '42' was rejected: must be a UUID"),
                ])
            )
            .WithErrorExample(UnknownAsset)
            .WithErrorExample(
                new RestError(
                    StatusCodes.Status409Conflict,
                    "duplicate_assignment",
                    "The customer's assets were changed at the same time; apply the change again."
                )
            );
        return v1;
    }

    // The error for an assign item naming an asset the fleet does not have, made as the endpoint makes it.
    private static RestError UnknownAsset
    {
        get
        {
            var body = JsonSerializer.SerializeToElement(
                new
                {
                    assign = new[] { new { assetId = AssetResource.Example.Id, assignmentType = "RENTAL" } },
                }
            );
            return RestError.FromDomain(
                [new NotFoundError("Asset", AssetResource.Example.Id, "assign[0].assetId")],
                body
            );
        }
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
