using System.Globalization;
using System.Text.Json;
using CustomerGraph.Api.RateLimiting;
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
            .WithPageSizeCost()
            .WithName("ListCustomers")
            .WithSummary("Lists customers a numbered page at a time, filtered and sorted.")
            .WithDescription(
                "Pages are numbered from 0 and page × size rows are skipped, so a client can jump to any page; a "
                    + "change between two requests may shift a row across a page boundary. Every filter given must "
                    + "match; a comma-separated list matches any of its items."
            )
            .WithQueryParameter<int>("page", "The 0-based page number. Default 0.")
            .WithQueryParameter<int>("size", "Customers per page, 1 to 1000. Default 20.")
            .WithQueryParameter<string[]>(
                "sort",
                "Sort keys, comma-separated, each name, createdAt or updatedAt; a leading - sorts descending "
                    + "(e.g. -updatedAt,name). Default name. The id breaks ties."
            )
            .WithQueryParameter<string>(
                "search",
                "Case-insensitive text found in the name, email or external reference."
            )
            .WithQueryParameter<CustomerType[]>("type", "Customer types, comma-separated.")
            .WithQueryParameter<string[]>(
                "country",
                "ISO 3166-1 alpha-2 codes of the address country, comma-separated."
            )
            .WithQueryParameter<DateTimeOffset>(
                "updatedSince",
                "Only customers changed at or after this ISO 8601 time (UTC when it has no offset), for sync clients."
            )
            .WithQueryParameter<Guid[]>("ids", "Only the customers with these ids, comma-separated.")
            .Produces<RestError>(StatusCodes.Status400BadRequest)
            .WithErrorExample(
                RestError.ConstraintViolation([
                    new RestViolation(
                        "type",
                        "value 'WHOLESALER' was rejected: must be one of "
                            + string.Join(", ", RestEnums.Names<CustomerType>())
                    ),
                ])
            );
        customers
            .MapPost("", CreateAsync)
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
            .MapGet("/{customerId}", GetAsync)
            .WithName("GetCustomer")
            .WithSummary("Reads one customer; the ETag is its version.")
            .WithDescription(
                "Send the ETag back in If-Match to change or delete the customer only while it is still that version."
            )
            .Produces<RestError>(StatusCodes.Status400BadRequest)
            .Produces<RestError>(StatusCodes.Status404NotFound);
        customers
            .MapPatch("/{customerId}", UpdateAsync)
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
        HttpRequest request,
        CustomerQueries queries,
        CustomFieldQueries customFields,
        CancellationToken cancellationToken
    )
    {
        var query = new RestQuery(request.Query);
        var page = query.Page;
        var size = query.Size;
        var sorts = query
            .Sort(SortKeys)
            .Select(sort => new CustomerSort(sort.Field, sort.Descending))
            .ToList();
        var filters = new CustomerFilters
        {
            Search = query.Text("search"),
            Types = query.Enums<CustomerType>("type"),
            Countries = query.List("country"),
            UpdatedSince = query.Time("updatedSince"),
            CustomerIds = query.Uuids("ids"),
        };
        if (query.Violations.Count > 0)
            return RestError.ConstraintViolation(query.Violations).ToResult();
        var result = await queries.ListPageAsync(page, size, sorts, filters, cancellationToken);
        if (!result.Succeeded)
            return RestError.FromDomain(result.Errors, query.Json).ToResult();
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
        var (body, error) = await RestBody.ReadAsync(request, cancellationToken);
        if (body is null)
            return error!.ToResult();
        var address = body.Object("address");
        var values = body.CustomFieldValues("customFields").GetValueOrDefault(null) ?? [];
        var input = new CreateCustomerInput(body.String("name") ?? "")
        {
            Type = body.OptionalEnum<CustomerType>("type").GetValueOrDefault(null),
            Description = body.String("description"),
            ExternalReference = body.String("externalReference"),
            Email = body.String("email"),
            PhoneNumber = body.String("phoneNumber"),
            Website = body.String("website"),
            Address = address is null
                ? null
                : new AddressInput(
                    address.String("streetAddress"),
                    address.String("postalCode"),
                    address.String("city"),
                    address.String("region"),
                    address.String("country")
                ),
            CustomFields = values,
        };
        if (body.Violations.Count > 0)
            return RestError.ConstraintViolation(body.Violations).ToResult();
        var result = await service.CreateAsync(input, cancellationToken);
        if (!result.Succeeded)
            return RestError
                .FromDomain(result.Errors, body.Json, RestCustomFields.FieldPath(values))
                .ToResult();
        var customer = result.Value!;
        request.HttpContext.Response.Headers.ETag = Preconditions.ETagOf(customer.Version);
        return TypedResults.Created(
            $"{RestApi.BasePath}/customers/{customer.Id:D}",
            await WithCustomFieldsAsync(customer, customFields, cancellationToken)
        );
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
        var (body, error) = await RestBody.ReadAsync(request, cancellationToken);
        if (body is null)
            return error!.ToResult();
        var values = body.CustomFieldValues("customFields");
        var patch = new CustomerPatch
        {
            Name = body.OptionalString("name"),
            Type = body.OptionalEnum<CustomerType>("type"),
            Description = body.OptionalString("description"),
            ExternalReference = body.OptionalString("externalReference"),
            Email = body.OptionalString("email"),
            PhoneNumber = body.OptionalString("phoneNumber"),
            Website = body.OptionalString("website"),
            Address = AddressPatchOf(body),
        };
        if (body.Violations.Count > 0)
            return RestError.ConstraintViolation(body.Violations).ToResult();
        // "customFields": null removes the member, that is every value the customer has.
        var changes = values.HasValue
            ? values.Value ?? await RestCustomFields.ClearAllAsync(id, customFields, cancellationToken)
            : [];
        var result = await service.UpdateAsync(
            id,
            patch with
            {
                CustomFields = changes,
            },
            Preconditions.ExpectedVersion(request),
            cancellationToken
        );
        if (!result.Succeeded)
            return RestError
                .FromDomain(result.Errors, body.Json, RestCustomFields.FieldPath(changes))
                .ToResult();
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

    private static readonly Dictionary<string, CustomerSortField> SortKeys = new()
    {
        ["name"] = CustomerSortField.Name,
        ["createdAt"] = CustomerSortField.CreatedAt,
        ["updatedAt"] = CustomerSortField.UpdatedAt,
    };

    private static async Task<CustomerResource> WithCustomFieldsAsync(
        Customer customer,
        CustomFieldQueries customFields,
        CancellationToken cancellationToken
    )
    {
        var values = await customFields.GetValuesForCustomersAsync([customer.Id], cancellationToken);
        return CustomerResource.From(customer, values[customer.Id]);
    }

    // Merge patch of the nested address: absent stays, null clears every part, an object patches part by part.
    private static Optional<AddressPatch?> AddressPatchOf(RestBody body)
    {
        if (!body.Has("address"))
            return Optional<AddressPatch?>.Omitted;
        var address = body.Object("address");
        if (address is null)
            return body.Json.GetProperty("address").ValueKind == JsonValueKind.Null
                ? Optional<AddressPatch?>.Of(null)
                : Optional<AddressPatch?>.Omitted;
        return new AddressPatch
        {
            StreetAddress = address.OptionalString("streetAddress"),
            PostalCode = address.OptionalString("postalCode"),
            City = address.OptionalString("city"),
            Region = address.OptionalString("region"),
            Country = address.OptionalString("country"),
        };
    }
}
