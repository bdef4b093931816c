using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using CustomerGraph.Api.Authentication;
using CustomerGraph.Api.RateLimiting;
using CustomerGraph.Customers.Accounts;
using CustomerGraph.Customers.Common;
using CustomerGraph.Customers.Customers;
using CustomerGraph.Customers.CustomFields;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CustomerGraph.Api.Rest;

/// <summary>
/// <c>/customer/v1/customers</c> (mapped into the <c>/customer/v1</c> group): the REST customer resource, thin over
/// the same <see cref="CustomerService"/> and <see cref="CustomerQueries"/> the graph's resolvers use, so the two
/// surfaces share every rule.
/// </summary>
public static class CustomersApi
{
    private const string Tag = "Customers";

    private static readonly RestError InvalidFields = RestError.ConstraintViolation([
        new RestViolation(
            "email",
            "value 'fleet@' was rejected: email must be an email address like name@example.com."
        ),
        new RestViolation(
            "customFields.contractTier",
            "value 'Diamond' was rejected: 'Diamond' is not one of the field's options."
        ),
    ]);

    private static readonly RestError DuplicateExternalReference = new(
        StatusCodes.Status409Conflict,
        "duplicate_external_reference",
        "Another customer already has the external reference 'ERP-1042'."
    );

    /// <summary>Maps <c>/customers</c> under <paramref name="v1"/>, the REST API's route group.</summary>
    public static IEndpointRouteBuilder MapCustomersApi(this IEndpointRouteBuilder v1)
    {
        var customers = v1.MapGroup("/customers").WithTags(Tag);
        customers
            .MapGet("", ListAsync)
            .RequireScope(AccountScopes.View)
            .WithPageSizeCost()
            .WithName("ListCustomers")
            .WithSummary("Lists customers a numbered page at a time, filtered and sorted.")
            .WithDescription(
                "Pages are numbered from 0 and page × size rows are skipped, so a client can jump to any page; a "
                    + "change between two requests may shift a row across a page boundary. Every filter given must "
                    + "match; a comma-separated list matches any of its items."
            )
            .Produces<RestError>(StatusCodes.Status400BadRequest)
            .WithErrorExample(
                RestError.ConstraintViolation([
                    new RestViolation(
                        "type",
                        "value 'WHOLESALER' was rejected: must be one of "
                            + string.Join(", ", EnumNames.All<CustomerType>())
                    ),
                ])
            );
        customers
            .MapPost("", CreateAsync)
            .RequireScope(AccountScopes.CustomerManage)
            .WithName("CreateCustomer")
            .WithSummary("Creates a customer.")
            .WithDescription(
                "Answers 201 with the customer, its URL in Location and its version as ETag. Only the name is "
                    + "required; the external reference is unique within the account. customFields sets values by "
                    + "custom field key, each checked against its field's type and rules."
            )
            .WithRequestBody<CreateCustomerRequest>()
            .Produces<RestError>(StatusCodes.Status400BadRequest)
            .Produces<RestError>(StatusCodes.Status409Conflict)
            .WithErrorExample(InvalidFields)
            .WithErrorExample(DuplicateExternalReference);
        customers
            .MapPut("/by-external-reference/{externalReference}", UpsertAsync)
            .RequireScope(AccountScopes.CustomerManage)
            .WithName("UpsertCustomerByExternalReference")
            .WithSummary("Creates or replaces the customer with an external reference (idempotent).")
            .WithDescription(
                "For an ERP that pushes its customers: answers 201 with Location when no customer had the external "
                    + "reference, otherwise 200 with the replaced customer; an absent field becomes empty, and "
                    + "contacts, when given, replace the customer's contacts as a set. The same body twice changes "
                    + "nothing the second time and keeps the version (the ETag). With If-Match the body applies only "
                    + "to that version of an existing customer (412 otherwise). For many customers in one call use "
                    + "the GraphQL mutation upsertCustomers."
            )
            .WithRequestBody<UpsertCustomerRequest>()
            .Produces<CustomerResource>(StatusCodes.Status201Created)
            .Produces<RestError>(StatusCodes.Status400BadRequest)
            .Produces<RestError>(StatusCodes.Status412PreconditionFailed)
            .WithErrorExample(InvalidFields)
            .WithErrorExample(
                RestError.VersionConflict(
                    "The Customer was changed by someone else; reload it and apply the change again."
                )
            );
        customers
            .MapGet("/{customerId}", GetAsync)
            .RequireScope(AccountScopes.View)
            .WithName("GetCustomer")
            .WithSummary("Reads one customer; the ETag is its version.")
            .WithDescription(
                "Send the ETag back in If-Match to change or delete the customer only while it is still that version."
            )
            .Produces<RestError>(StatusCodes.Status400BadRequest)
            .Produces<RestError>(StatusCodes.Status404NotFound);
        customers
            .MapPatch("/{customerId}", UpdateAsync)
            .RequireScope(AccountScopes.CustomerManage)
            .WithName("UpdateCustomer")
            .WithSummary("Changes a customer by JSON merge patch: absent fields stay, null clears.")
            .WithDescription(
                "A JSON merge patch (RFC 7396): an absent field stays, null clears it, and the address and "
                    + "customFields are patched part by part (a null custom field value clears that value). With "
                    + "If-Match the change applies only to that version (412 otherwise). Answers the changed customer "
                    + "with its new version as ETag."
            )
            .WithRequestBody<CustomerPatchRequest>()
            .Produces<RestError>(StatusCodes.Status400BadRequest)
            .Produces<RestError>(StatusCodes.Status404NotFound)
            .Produces<RestError>(StatusCodes.Status409Conflict)
            .Produces<RestError>(StatusCodes.Status412PreconditionFailed)
            .WithErrorExample(InvalidFields)
            .WithErrorExample(DuplicateExternalReference);
        customers
            .MapDelete("/{customerId}", DeleteAsync)
            .RequireScope(AccountScopes.CustomerManage)
            .WithName("DeleteCustomer")
            .WithSummary("Deletes a customer with its contacts, assignments and custom field values.")
            .WithDescription(
                "The assigned assets themselves stay. With If-Match the customer is deleted only while it is "
                    + "still that version (412 otherwise)."
            )
            .Produces<RestError>(StatusCodes.Status400BadRequest)
            .Produces<RestError>(StatusCodes.Status404NotFound)
            .Produces<RestError>(StatusCodes.Status412PreconditionFailed);
        return v1;
    }

    /// <summary>
    /// Page numbers are offsets (page × size rows are skipped), unlike the graph's keyset cursors: a REST client
    /// can jump to any page, and a change between two requests may shift a row across a page boundary. The page's
    /// custom field values are read in one further statement for all its customers.
    /// </summary>
    public static async Task<
        Results<Ok<PageResource<CustomerResource>>, JsonHttpResult<RestError>>
    > ListAsync(
        [AsParameters] CustomerListParameters parameters,
        HttpRequest request,
        CustomerQueries queries,
        CustomFieldQueries customFields,
        CancellationToken cancellationToken
    )
    {
        if (RestQuery.Violations(parameters) is { Count: > 0 } violations)
            return RestError.ConstraintViolation(violations).ToResult();
        var sorts = (parameters.Sort?.Sorts ?? [])
            .Select(sort => new CustomerSort(sort.Field, sort.Descending))
            .ToList();
        var filters = new CustomerFilters
        {
            Search = parameters.Search is { Length: > 0 } search ? search : null,
            Types = parameters.Type?.Items,
            Countries = parameters.Country?.Items,
            UpdatedSince = parameters.UpdatedSince?.Value?.UtcDateTime,
            CustomerIds = parameters.Ids?.Items,
        };
        var result = await queries.ListPageAsync(
            parameters.Page?.Value ?? 0,
            parameters.Size?.Value ?? PageSizes.Default,
            sorts,
            filters,
            cancellationToken
        );
        if (!result.Succeeded)
            return RestError.FromDomain(result.Errors, RestQuery.Json(request.Query)).ToResult();
        var found = result.Value!;
        var values = await customFields.GetValuesForCustomersAsync(
            [.. found.Content.Select(customer => customer.Id)],
            cancellationToken
        );
        return TypedResults.Ok(
            PageResource<CustomerResource>.From(
                found,
                customer => CustomerResource.From(customer, values[customer.Id])
            )
        );
    }

    public static async Task<Results<Created<CustomerResource>, JsonHttpResult<RestError>>> CreateAsync(
        HttpRequest request,
        CustomerService service,
        CustomFieldQueries customFields,
        CancellationToken cancellationToken
    )
    {
        var (create, body, error) = await RestRequest.ReadAsync<CreateCustomerRequest>(
            request,
            cancellationToken
        );
        if (create is null)
            return error!.ToResult();
        var input = create.ToInput();
        var result = await service.CreateAsync(input, cancellationToken);
        if (!result.Succeeded)
            return RestError
                .FromDomain(result.Errors, body, RestCustomFields.FieldPath(input.CustomFields))
                .ToResult();
        var customer = result.Value!;
        request.HttpContext.Response.Headers.ETag = Preconditions.ETagOf(customer.Version);
        return TypedResults.Created(
            $"{RestApi.BasePath}/customers/{customer.Id:D}",
            await WithCustomFieldsAsync(customer, customFields, cancellationToken)
        );
    }

    /// <summary>
    /// PUT by external reference: the path's reference is the row's, a body that names another one is refused, and
    /// If-Match becomes the row's expected version.
    /// </summary>
    public static async Task<
        Results<Created<CustomerResource>, Ok<CustomerResource>, JsonHttpResult<RestError>>
    > UpsertAsync(
        [Description(
            "The customer's id in the account's own system (e.g. its ERP), URL-encoded; unique within the account."
        )]
            string externalReference,
        HttpRequest request,
        CustomerService service,
        CustomFieldQueries customFields,
        CancellationToken cancellationToken
    )
    {
        var (upsert, body, error) = await RestRequest.ReadAsync<UpsertCustomerRequest>(
            request,
            cancellationToken
        );
        if (upsert is null)
            return error!.ToResult();
        if (upsert.ExternalReference is { } named && named != externalReference)
            return RestError
                .ConstraintViolation([
                    RestViolation.Rejected(
                        "externalReference",
                        named,
                        $"must equal the external reference of the path, '{externalReference}'"
                    ),
                ])
                .ToResult();
        var input = upsert.ToInput(externalReference, Preconditions.ExpectedVersion(request));
        var result = await service.UpsertByExternalReferenceAsync(input, cancellationToken);
        if (!result.Succeeded)
            return RestError
                .FromDomain(result.Errors, body, RestCustomFields.FieldPath(input.CustomFields))
                .ToResult();
        var customer = result.Value!.Customer!;
        request.HttpContext.Response.Headers.ETag = Preconditions.ETagOf(customer.Version);
        var resource = await WithCustomFieldsAsync(customer, customFields, cancellationToken);
        return result.Value.Outcome == UpsertOutcome.Created
            ? TypedResults.Created($"{RestApi.BasePath}/customers/{customer.Id:D}", resource)
            : TypedResults.Ok(resource);
    }

    public static async Task<Results<Ok<CustomerResource>, JsonHttpResult<RestError>>> GetAsync(
        string customerId,
        HttpResponse response,
        CustomerQueries queries,
        CustomFieldQueries customFields,
        CancellationToken cancellationToken
    )
    {
        if (!Guid.TryParseExact(customerId, "D", out var id))
            return RestError.InvalidId(nameof(customerId), customerId).ToResult();
        var customer = await queries.GetByIdAsync(id, cancellationToken);
        if (customer is null)
            return RestError.FromDomain([new NotFoundError("Customer", id, "customerId")]).ToResult();
        response.Headers.ETag = Preconditions.ETagOf(customer.Version);
        return TypedResults.Ok(await WithCustomFieldsAsync(customer, customFields, cancellationToken));
    }

    public static async Task<Results<Ok<CustomerResource>, JsonHttpResult<RestError>>> UpdateAsync(
        string customerId,
        HttpRequest request,
        CustomerService service,
        CustomFieldQueries customFields,
        CancellationToken cancellationToken
    )
    {
        if (!Guid.TryParseExact(customerId, "D", out var id))
            return RestError.InvalidId(nameof(customerId), customerId).ToResult();
        var (patch, body, error) = await RestRequest.ReadAsync<CustomerPatchRequest>(
            request,
            cancellationToken
        );
        if (patch is null)
            return error!.ToResult();
        var values = patch.CustomFields;
        // "customFields": null removes the member, that is every value the customer has.
        var changes = values.HasValue
            ? RestCustomFields.Inputs(values.Value)
                ?? await RestCustomFields.ClearAllAsync(id, customFields, cancellationToken)
            : [];
        var result = await service.UpdateAsync(
            id,
            patch.ToPatch() with
            {
                CustomFields = changes,
            },
            Preconditions.ExpectedVersion(request),
            cancellationToken
        );
        if (!result.Succeeded)
            return RestError.FromDomain(result.Errors, body, RestCustomFields.FieldPath(changes)).ToResult();
        request.HttpContext.Response.Headers.ETag = Preconditions.ETagOf(result.Value!.Version);
        return TypedResults.Ok(await WithCustomFieldsAsync(result.Value, customFields, cancellationToken));
    }

    public static async Task<Results<NoContent, JsonHttpResult<RestError>>> DeleteAsync(
        string customerId,
        HttpRequest request,
        CustomerService service,
        CancellationToken cancellationToken
    )
    {
        if (!Guid.TryParseExact(customerId, "D", out var id))
            return RestError.InvalidId(nameof(customerId), customerId).ToResult();
        var result = await service.DeleteAsync(id, Preconditions.ExpectedVersion(request), cancellationToken);
        return result.Succeeded ? TypedResults.NoContent() : RestError.FromDomain(result.Errors).ToResult();
    }

    private static async Task<CustomerResource> WithCustomFieldsAsync(
        Customer customer,
        CustomFieldQueries customFields,
        CancellationToken cancellationToken
    )
    {
        var values = await customFields.GetValuesForCustomersAsync([customer.Id], cancellationToken);
        return CustomerResource.From(customer, values[customer.Id]);
    }
}
