using System.Text.Json;
using CustomerGraph.Api.Authentication;
using CustomerGraph.Api.RateLimiting;
using CustomerGraph.Customers.Accounts;
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
            .RequireScope(AccountScopes.View)
            .WithPageSizeCost()
            .WithName("ListCustomerAssets")
            .WithSummary(
                "Lists the assets assigned to a customer, oldest assignment first, a numbered page at a time."
            )
            .WithDescription(
                "Each item is one assignment (an asset assigned for two reasons appears twice) with the asset "
                    + "inlined. Pages are numbered from 0 and page × size rows are skipped, as in the customer list."
            )
            .Produces<RestError>(StatusCodes.Status400BadRequest)
            .Produces<RestError>(StatusCodes.Status404NotFound)
            .WithErrorExample(
                RestError.ConstraintViolation([
                    new RestViolation(
                        "assignmentType",
                        "value 'LEASE' was rejected: must be one of "
                            + string.Join(", ", EnumNames.All<AssignmentType>())
                    ),
                ])
            );
        assets
            .MapPost("", UpdateAsync)
            .RequireScope(AccountScopes.CustomerManage)
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
        [AsParameters] CustomerAssetListParameters parameters,
        HttpRequest request,
        AssetAssignmentQueries queries,
        CancellationToken cancellationToken
    )
    {
        if (!Guid.TryParseExact(customerId, "D", out var id))
            return RestError.InvalidId(nameof(customerId), customerId).ToResult();
        if (RestQuery.Violations(parameters) is { Count: > 0 } violations)
            return RestError.ConstraintViolation(violations).ToResult();
        return await ReadPageAsync(
            id,
            parameters.Page?.Value ?? 0,
            parameters.Size?.Value ?? PageSizes.Default,
            parameters.AssignmentType?.Items,
            parameters.Sort?.Sorts is [(_, true), ..],
            RestQuery.Json(request.Query),
            queries,
            cancellationToken
        );
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
        var (update, body, error) = await RestRequest.ReadAsync<UpdateCustomerAssetsRequest>(
            request,
            cancellationToken
        );
        if (update is null)
            return error!.ToResult();
        var result = await service.UpdateCustomerAssetsAsync(id, update.ToInput(), cancellationToken);
        if (!result.Succeeded)
            return RestError.FromDomain(result.Errors, body).ToResult();
        // The first page in the default order, as a GET without parameters reads it.
        return await ReadPageAsync(
            id,
            0,
            PageSizes.Default,
            null,
            false,
            RestQuery.Json(QueryCollection.Empty),
            queries,
            cancellationToken
        );
    }

    private static async Task<
        Results<Ok<PageResource<CustomerAssetResource>>, JsonHttpResult<RestError>>
    > ReadPageAsync(
        Guid customerId,
        int page,
        int size,
        IReadOnlyList<AssignmentType>? types,
        bool newestFirst,
        JsonElement query,
        AssetAssignmentQueries queries,
        CancellationToken cancellationToken
    )
    {
        var result = await queries.ListPageForCustomerAsync(
            customerId,
            page,
            size,
            types,
            newestFirst,
            cancellationToken
        );
        return result.Succeeded
            ? TypedResults.Ok(
                PageResource<CustomerAssetResource>.From(result.Value!, CustomerAssetResource.From)
            )
            : RestError.FromDomain(result.Errors, query).ToResult();
    }
}
