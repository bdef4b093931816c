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

    public static IEndpointRouteBuilder MapCustomersApi(this IEndpointRouteBuilder app)
    {
        var customers = app.MapGroup("/customers").WithTags(Tag);
        customers
            .MapGet("/", ListAsync)
            .WithPageSizeCost()
            .WithName("ListCustomers")
            .WithSummary("Lists customers a numbered page at a time, filtered and sorted.");
        customers.MapPost("/", CreateAsync).WithName("CreateCustomer").WithSummary("Creates a customer.");
        customers
            .MapGet("/{customerId}", GetAsync)
            .WithName("GetCustomer")
            .WithSummary("Reads one customer; the ETag is its version.");
        customers
            .MapPatch("/{customerId}", UpdateAsync)
            .WithName("UpdateCustomer")
            .WithSummary("Changes a customer by JSON merge patch: absent fields stay, null clears.");
        customers
            .MapDelete("/{customerId}", DeleteAsync)
            .WithName("DeleteCustomer")
            .WithSummary("Deletes a customer with its contacts, assignments and custom field values.");
        return app;
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
            $"/customer/v1/customers/{customer.Id:D}",
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
