using CustomerGraph.Api.Authentication;
using CustomerGraph.Api.RateLimiting;
using CustomerGraph.Customers.Accounts;
using CustomerGraph.Customers.Common;
using CustomerGraph.Customers.CustomFields;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CustomerGraph.Api.Rest;

/// <summary>
/// The Custom Fields API v1 under <see cref="BasePath"/>: definitions and values of custom fields, thin over the same
/// <see cref="CustomFieldService"/> and <see cref="CustomFieldQueries"/> the graph's resolvers use, so the two
/// surfaces share every rule. CUSTOMER is its only entity type; entityId is a customer's id.
/// </summary>
public static class CustomFieldsApi
{
    /// <summary>The base path of every Custom Fields API endpoint.</summary>
    public const string BasePath = "/custom-fields/v1";

    private const string DefinitionsTag = "Custom field definitions";

    private const string ValuesTag = "Custom field values";

    private static readonly RestError InvalidDefinition = RestError.ConstraintViolation([
        new RestViolation("options", "value '' was rejected: A DROPDOWN field needs at least one option."),
    ]);

    private static readonly RestError DuplicateKey = new(
        StatusCodes.Status409Conflict,
        "duplicate_key",
        "A custom field with the key 'contractTier' already exists."
    );

    private static readonly RestError InvalidValue = RestError.ConstraintViolation([
        new RestViolation(
            "value",
            "value 'Diamond' was rejected: 'Diamond' is not one of the field's options."
        ),
    ]);

    private static readonly RestError UnsupportedEntityType = RestError.ConstraintViolation([
        new RestViolation(
            "entityType",
            "value 'ASSET' was rejected: must be one of "
                + string.Join(", ", EnumNames.All<CustomFieldEntityType>())
        ),
    ]);

    private static readonly RestError CustomerNotFound = RestError.FromDomain([
        new NotFoundError("Customer", Guid.Parse("0d9c4b3e-5a7f-4c21-9e80-6b1f2d3a4c5e"), "entityId"),
    ]);

    private static readonly RestError DefinitionNotFound = RestError.FromDomain([
        new NotFoundError(
            "CustomFieldDefinition",
            Guid.Parse("5b2f8c1a-9d3e-4f70-8a6b-2c4d6e8f0a1b"),
            "definitionId"
        ),
    ]);

    /// <summary>Maps <c>/definitions</c>, <c>/values</c> and <c>/set-values</c> under <paramref name="v1"/>, the API's route group.</summary>
    public static IEndpointRouteBuilder MapCustomFieldsApi(this IEndpointRouteBuilder v1)
    {
        var definitions = v1.MapGroup("/definitions").WithTags(DefinitionsTag);
        definitions
            .MapGet("", ListDefinitionsAsync)
            .RequireScope(AccountScopes.View)
            .WithPageSizeCost()
            .WithName("ListCustomFieldDefinitions")
            .WithSummary(
                "Lists the account's custom field definitions of an entity type a numbered page at a time."
            )
            .WithDescription(
                "Ordered by key; pages are numbered from 0 and page × size rows are skipped, as in the customer "
                    + "list. Each definition carries its version, to send back in If-Match."
            )
            .Produces<RestError>(StatusCodes.Status400BadRequest)
            .WithErrorExample(UnsupportedEntityType);
        definitions
            .MapPost("", CreateDefinitionAsync)
            .RequireScope(AccountScopes.CustomFieldsManage)
            .WithName("CreateCustomFieldDefinition")
            .WithSummary("Defines a new custom field.")
            .WithDescription(
                "Answers 201 with the definition, its version as ETag. Key, title and type are required; the key "
                    + "is unique within the account; each setting applies to one type only (options and "
                    + "multiSelect to DROPDOWN, currency to MONETARY, minimum, maximum and unit to NUMBER, maxLength "
                    + "and pattern to STRING). JSON fields take any JSON value up to 64 KiB, stored verbatim."
            )
            .WithRequestBody<CreateCustomFieldDefinitionRequest>()
            .Produces<RestError>(StatusCodes.Status400BadRequest)
            .Produces<RestError>(StatusCodes.Status409Conflict)
            .WithErrorExample(InvalidDefinition)
            .WithErrorExample(UnsupportedEntityType)
            .WithErrorExample(DuplicateKey);
        definitions
            .MapPatch("/{definitionId}", UpdateDefinitionAsync)
            .RequireScope(AccountScopes.CustomFieldsManage)
            .WithName("UpdateCustomFieldDefinition")
            .WithSummary("Changes a custom field definition by JSON merge patch; its values follow.")
            .WithDescription(
                "A JSON merge patch (RFC 7396): an absent field stays, null clears it. The type cannot change. "
                    + "Removing dropdown options needs optionReplacements (removed → remaining option) for their "
                    + "values; a shorter STRING maxLength truncates longer values; values other narrowed limits "
                    + "reject are cleared. A truncated or cleared value keeps its previous value as "
                    + "lastIncompatibleValue. With If-Match the change applies only to that version (412 "
                    + "otherwise). Answers the changed definition with its new version as ETag."
            )
            .WithRequestBody<CustomFieldDefinitionPatchRequest>()
            .Produces<RestError>(StatusCodes.Status400BadRequest)
            .Produces<RestError>(StatusCodes.Status404NotFound)
            .Produces<RestError>(StatusCodes.Status412PreconditionFailed)
            .WithErrorExample(InvalidDefinition);
        definitions
            .MapDelete("/{definitionId}", DeleteDefinitionAsync)
            .RequireScope(AccountScopes.CustomFieldsManage)
            .WithName("DeleteCustomFieldDefinition")
            .WithSummary("Deletes a custom field definition with every value of it.")
            .WithDescription(
                "The definition and its values go in one transaction; customers that held a value get a new "
                    + "version. With If-Match the definition is deleted only while it is still that version (412 "
                    + "otherwise)."
            )
            .Produces<RestError>(StatusCodes.Status400BadRequest)
            .Produces<RestError>(StatusCodes.Status404NotFound)
            .Produces<RestError>(StatusCodes.Status412PreconditionFailed);

        var values = v1.MapGroup("/values").WithTags(ValuesTag);
        values
            .MapGet("", ListValuesAsync)
            .RequireScope(AccountScopes.View)
            .WithPageSizeCost()
            .WithName("ListCustomFieldValues")
            .WithSummary("Lists an entity's custom field values a numbered page at a time.")
            .WithDescription(
                "entityId is required. Ordered by key; pages as in the customer list. A value a definition change "
                    + "made invalid shows value null and its previous value as lastIncompatibleValue."
            )
            .Produces<RestError>(StatusCodes.Status400BadRequest)
            .Produces<RestError>(StatusCodes.Status404NotFound)
            .WithErrorExample(UnsupportedEntityType)
            .WithErrorExample(CustomerNotFound);
        values
            .MapPost("", CreateValueAsync)
            .RequireScope(AccountScopes.CustomerManage)
            .WithName("CreateCustomFieldValue")
            .WithSummary("Gives an entity a value of a custom field.")
            .WithDescription(
                "The value is checked against its definition. An entity has one value per definition: an existing "
                    + "one is replaced and keeps its id. Answers 201 with the value and its URL in Location; the "
                    + "customer gets a new version."
            )
            .WithRequestBody<CreateCustomFieldValueRequest>()
            .Produces<RestError>(StatusCodes.Status400BadRequest)
            .Produces<RestError>(StatusCodes.Status404NotFound)
            .WithErrorExample(InvalidValue)
            .WithErrorExample(UnsupportedEntityType)
            .WithErrorExample(DefinitionNotFound)
            .WithErrorExample(CustomerNotFound);
        values
            .MapPatch("/{valueId}", UpdateValueAsync)
            .RequireScope(AccountScopes.CustomerManage)
            .WithName("UpdateCustomFieldValue")
            .WithSummary("Replaces a custom field value.")
            .WithDescription(
                "The new value is checked against the value's definition; it keeps its id. Answers the value."
            )
            .WithRequestBody<CustomFieldValuePatchRequest>()
            .Produces<RestError>(StatusCodes.Status400BadRequest)
            .Produces<RestError>(StatusCodes.Status404NotFound)
            .WithErrorExample(InvalidValue);
        values
            .MapDelete("/{valueId}", DeleteValueAsync)
            .RequireScope(AccountScopes.CustomerManage)
            .WithName("DeleteCustomFieldValue")
            .WithSummary("Removes a custom field value from its entity.")
            .WithDescription("The entity (customer) gets a new version.")
            .Produces<RestError>(StatusCodes.Status400BadRequest)
            .Produces<RestError>(StatusCodes.Status404NotFound);

        v1.MapPost("/set-values", SetValuesAsync)
            .RequireScope(AccountScopes.CustomerManage)
            .WithTags(ValuesTag)
            .WithName("SetCustomFieldValues")
            .WithSummary("Sets and clears several values of an entity at once, by definition key.")
            .WithDescription(
                "Each value is checked against the definition with its key; a null value clears that value. "
                    + "Nothing changes unless every value is valid, and every problem is reported (values[i].key, "
                    + "values[i].value). Answers all the entity's values."
            )
            .WithRequestBody<SetCustomFieldValuesRequest>()
            .Produces<RestError>(StatusCodes.Status400BadRequest)
            .Produces<RestError>(StatusCodes.Status404NotFound)
            .WithErrorExample(
                RestError.ConstraintViolation([
                    new RestViolation(
                        "values[0].value",
                        "value 'Diamond' was rejected: 'Diamond' is not one of the field's options."
                    ),
                ])
            )
            .WithErrorExample(UnsupportedEntityType)
            .WithErrorExample(CustomerNotFound);
        return v1;
    }

    public static async Task<
        Results<Ok<PageResource<CustomFieldDefinitionResource>>, JsonHttpResult<RestError>>
    > ListDefinitionsAsync(
        [AsParameters] CustomFieldDefinitionListParameters parameters,
        HttpRequest request,
        CustomFieldQueries queries,
        CancellationToken cancellationToken
    )
    {
        if (RestQuery.Violations(parameters) is { Count: > 0 } violations)
            return RestError.ConstraintViolation(violations).ToResult();
        var result = await queries.ListDefinitionsPageAsync(
            parameters.Page?.Value ?? 0,
            parameters.Size?.Value ?? PageSizes.Default,
            parameters.EntityType?.Value ?? CustomFieldEntityType.Customer,
            cancellationToken
        );
        return result.Succeeded
            ? TypedResults.Ok(
                PageResource<CustomFieldDefinitionResource>.From(
                    result.Value!,
                    CustomFieldDefinitionResource.From
                )
            )
            : RestError.FromDomain(result.Errors, RestQuery.Json(request.Query)).ToResult();
    }

    public static async Task<
        Results<Created<CustomFieldDefinitionResource>, JsonHttpResult<RestError>>
    > CreateDefinitionAsync(
        HttpRequest request,
        CustomFieldService service,
        CancellationToken cancellationToken
    )
    {
        var (create, body, error) = await RestRequest.ReadAsync<CreateCustomFieldDefinitionRequest>(
            request,
            cancellationToken
        );
        if (create is null)
            return error!.ToResult();
        var result = await service.CreateDefinitionAsync(create.ToInput(), cancellationToken);
        if (!result.Succeeded)
            return RestError.FromDomain(result.Errors, body).ToResult();
        var definition = result.Value!;
        request.HttpContext.Response.Headers.ETag = Preconditions.ETagOf(definition.Version);
        return TypedResults.Created(
            $"{BasePath}/definitions/{definition.Id:D}",
            CustomFieldDefinitionResource.From(definition)
        );
    }

    public static async Task<
        Results<Ok<CustomFieldDefinitionResource>, JsonHttpResult<RestError>>
    > UpdateDefinitionAsync(
        string definitionId,
        HttpRequest request,
        CustomFieldService service,
        CancellationToken cancellationToken
    )
    {
        if (!Guid.TryParseExact(definitionId, "D", out var id))
            return RestError.InvalidId(nameof(definitionId), definitionId).ToResult();
        var (patch, body, error) = await RestRequest.ReadAsync<CustomFieldDefinitionPatchRequest>(
            request,
            cancellationToken
        );
        if (patch is null)
            return error!.ToResult();
        var result = await service.UpdateDefinitionAsync(
            id,
            patch.ToPatch(),
            Preconditions.ExpectedVersion(request),
            cancellationToken
        );
        if (!result.Succeeded)
            return RestError.FromDomain(result.Errors, body).ToResult();
        request.HttpContext.Response.Headers.ETag = Preconditions.ETagOf(result.Value!.Version);
        return TypedResults.Ok(CustomFieldDefinitionResource.From(result.Value));
    }

    public static async Task<Results<NoContent, JsonHttpResult<RestError>>> DeleteDefinitionAsync(
        string definitionId,
        HttpRequest request,
        CustomFieldService service,
        CancellationToken cancellationToken
    )
    {
        if (!Guid.TryParseExact(definitionId, "D", out var id))
            return RestError.InvalidId(nameof(definitionId), definitionId).ToResult();
        var result = await service.DeleteDefinitionAsync(
            id,
            Preconditions.ExpectedVersion(request),
            cancellationToken
        );
        return result.Succeeded ? TypedResults.NoContent() : RestError.FromDomain(result.Errors).ToResult();
    }

    public static async Task<
        Results<Ok<PageResource<CustomFieldValueResource>>, JsonHttpResult<RestError>>
    > ListValuesAsync(
        [AsParameters] CustomFieldValueListParameters parameters,
        HttpRequest request,
        CustomFieldQueries queries,
        CancellationToken cancellationToken
    )
    {
        var violations = RestQuery.Violations(parameters);
        var entityId = parameters.EntityId?.Value;
        if (entityId is null && violations.All(violation => violation.Field != "entityId"))
            violations.Insert(0, RestViolation.Rejected("entityId", "", "must be given"));
        if (violations.Count > 0)
            return RestError.ConstraintViolation(violations).ToResult();
        var result = await queries.ListValuesPageAsync(
            entityId!.Value,
            parameters.Page?.Value ?? 0,
            parameters.Size?.Value ?? PageSizes.Default,
            cancellationToken
        );
        return result.Succeeded
            ? TypedResults.Ok(
                PageResource<CustomFieldValueResource>.From(result.Value!, CustomFieldValueResource.From)
            )
            : RestError.FromDomain(result.Errors, RestQuery.Json(request.Query), EntityPath).ToResult();
    }

    public static async Task<
        Results<Created<CustomFieldValueResource>, JsonHttpResult<RestError>>
    > CreateValueAsync(HttpRequest request, CustomFieldService service, CancellationToken cancellationToken)
    {
        var (create, body, error) = await RestRequest.ReadAsync<CreateCustomFieldValueRequest>(
            request,
            cancellationToken
        );
        if (create is null)
            return error!.ToResult();
        var result = await service.SetValueAsync(
            create.EntityId,
            create.DefinitionId,
            create.Value,
            cancellationToken
        );
        if (!result.Succeeded)
            return RestError.FromDomain(result.Errors, body, EntityPath).ToResult();
        var value = result.Value!;
        return TypedResults.Created($"{BasePath}/values/{value.Id:D}", CustomFieldValueResource.From(value));
    }

    public static async Task<
        Results<Ok<CustomFieldValueResource>, JsonHttpResult<RestError>>
    > UpdateValueAsync(
        string valueId,
        HttpRequest request,
        CustomFieldService service,
        CancellationToken cancellationToken
    )
    {
        if (!Guid.TryParseExact(valueId, "D", out var id))
            return RestError.InvalidId(nameof(valueId), valueId).ToResult();
        var (patch, body, error) = await RestRequest.ReadAsync<CustomFieldValuePatchRequest>(
            request,
            cancellationToken
        );
        if (patch is null)
            return error!.ToResult();
        var result = await service.UpdateValueAsync(id, patch.Value, cancellationToken);
        return result.Succeeded
            ? TypedResults.Ok(CustomFieldValueResource.From(result.Value!))
            : RestError.FromDomain(result.Errors, body).ToResult();
    }

    public static async Task<Results<NoContent, JsonHttpResult<RestError>>> DeleteValueAsync(
        string valueId,
        CustomFieldService service,
        CancellationToken cancellationToken
    )
    {
        if (!Guid.TryParseExact(valueId, "D", out var id))
            return RestError.InvalidId(nameof(valueId), valueId).ToResult();
        var result = await service.DeleteValueAsync(id, cancellationToken);
        return result.Succeeded ? TypedResults.NoContent() : RestError.FromDomain(result.Errors).ToResult();
    }

    public static async Task<
        Results<Ok<CustomFieldValueSetResource>, JsonHttpResult<RestError>>
    > SetValuesAsync(HttpRequest request, CustomFieldService service, CancellationToken cancellationToken)
    {
        var (set, body, error) = await RestRequest.ReadAsync<SetCustomFieldValuesRequest>(
            request,
            cancellationToken
        );
        if (set is null)
            return error!.ToResult();
        if (set.Values is null)
            return RestError
                .ConstraintViolation([RestViolation.Rejected("values", "", "must be given")])
                .ToResult();
        var result = await service.SetCustomerValuesAsync(set.EntityId, set.ToInputs(), cancellationToken);
        if (!result.Succeeded)
            return RestError.FromDomain(result.Errors, body, EntityPath).ToResult();
        return TypedResults.Ok(
            new CustomFieldValueSetResource(
                CustomFieldEntityType.Customer,
                set.EntityId,
                [.. result.Value!.Select(CustomFieldValueResource.From)]
            )
        );
    }

    // The domain names the customer customerId; this API calls it the entity.
    private static string EntityPath(string field) => field == "customerId" ? "entityId" : field;
}
