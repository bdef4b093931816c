using System.Globalization;
using CustomerGraph.Customers.Customers;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CustomerGraph.Api.Rest;

/// <summary>
/// <c>/customer/v1/customers</c>: the REST customer resource, thin over the same <see cref="CustomerService"/> and
/// <see cref="CustomerQueries"/> the graph's resolvers use, so the two surfaces share every rule.
/// </summary>
public static class CustomersApi
{
    private const string Tag = "Customers";

    public static IEndpointRouteBuilder MapCustomersApi(this IEndpointRouteBuilder app)
    {
        var customers = app.MapGroup("/customer/v1/customers").WithTags(Tag);
        customers
            .MapGet("/", ListAsync)
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
    /// can jump to any page, and a change between two requests may shift a row across a page boundary.
    /// </summary>
    public static async Task<
        Results<Ok<PageResource<CustomerResource>>, JsonHttpResult<RestError>>
    > ListAsync(HttpRequest request, CustomerQueries queries, CancellationToken cancellationToken)
    {
        var query = request.Query;
        var violations = new List<RestViolation>();
        var page = IntParameter(query["page"], "page", 0, violations);
        var size = IntParameter(query["size"], "size", 20, violations);
        var sorts = SortParameter(query["sort"], violations);
        var filters = new CustomerFilters
        {
            Search = query["search"].ToString() is { Length: > 0 } search ? search : null,
            Types = TypeParameter(query["type"], violations),
            Countries = ListParameter(query["country"]),
            UpdatedSince = TimeParameter(query["updatedSince"], violations),
        };
        if (violations.Count > 0)
            return RestError.ConstraintViolation(violations).ToResult();
        var result = await queries.ListPageAsync(page, size, sorts, filters, cancellationToken);
        if (!result.Succeeded)
            return RestError.FromDomain(result.Errors).ToResult();
        var found = result.Value!;
        return TypedResults.Ok(
            new PageResource<CustomerResource>(
                found.TotalPages,
                found.TotalElements,
                found.Number,
                found.Size,
                found.Content.Count,
                found.Content.Select(CustomerResource.From).ToList()
            )
        );
    }

    public static async Task<Results<Created<CustomerResource>, JsonHttpResult<RestError>>> CreateAsync(
        HttpRequest request,
        CustomerService service,
        CancellationToken cancellationToken
    )
    {
        var (body, error) = await RestBody.ReadAsync(request, cancellationToken);
        if (body is null)
            return error!.ToResult();
        var address = body.Object("address");
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
        };
        if (body.Violations.Count > 0)
            return RestError.ConstraintViolation(body.Violations).ToResult();
        var result = await service.CreateAsync(input, cancellationToken);
        if (!result.Succeeded)
            return RestError.FromDomain(result.Errors, body.Json).ToResult();
        var customer = result.Value!;
        request.HttpContext.Response.Headers.ETag = Preconditions.ETagOf(customer.Version);
        return TypedResults.Created(
            $"/customer/v1/customers/{customer.Id:D}",
            CustomerResource.From(customer)
        );
    }

    public static async Task<Results<Ok<CustomerResource>, JsonHttpResult<RestError>>> GetAsync(
        string customerId,
        HttpResponse response,
        CustomerQueries queries,
        CancellationToken cancellationToken
    )
    {
        if (!Guid.TryParseExact(customerId, "D", out var id))
            return RestError.InvalidId(nameof(customerId), customerId).ToResult();
        var customer = await queries.GetByIdAsync(id, cancellationToken);
        if (customer is null)
            return RestError
                .FromDomain([new Customers.Common.NotFoundError("Customer", id, "customerId")])
                .ToResult();
        response.Headers.ETag = Preconditions.ETagOf(customer.Version);
        return TypedResults.Ok(CustomerResource.From(customer));
    }

    public static async Task<Results<Ok<CustomerResource>, JsonHttpResult<RestError>>> UpdateAsync(
        string customerId,
        HttpRequest request,
        CustomerService service,
        CancellationToken cancellationToken
    )
    {
        if (!Guid.TryParseExact(customerId, "D", out var id))
            return RestError.InvalidId(nameof(customerId), customerId).ToResult();
        var (body, error) = await RestBody.ReadAsync(request, cancellationToken);
        if (body is null)
            return error!.ToResult();
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
        var result = await service.UpdateAsync(
            id,
            patch,
            Preconditions.ExpectedVersion(request),
            cancellationToken
        );
        if (!result.Succeeded)
            return RestError.FromDomain(result.Errors, body.Json).ToResult();
        request.HttpContext.Response.Headers.ETag = Preconditions.ETagOf(result.Value!.Version);
        return TypedResults.Ok(CustomerResource.From(result.Value));
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

    // Merge patch of the nested address: absent stays, null clears every part, an object patches part by part.
    private static Customers.Common.Optional<AddressPatch?> AddressPatchOf(RestBody body)
    {
        if (!body.Has("address"))
            return Customers.Common.Optional<AddressPatch?>.Omitted;
        var address = body.Object("address");
        if (address is null)
            return body.Json.GetProperty("address").ValueKind == System.Text.Json.JsonValueKind.Null
                ? Customers.Common.Optional<AddressPatch?>.Of(null)
                : Customers.Common.Optional<AddressPatch?>.Omitted;
        return new AddressPatch
        {
            StreetAddress = address.OptionalString("streetAddress"),
            PostalCode = address.OptionalString("postalCode"),
            City = address.OptionalString("city"),
            Region = address.OptionalString("region"),
            Country = address.OptionalString("country"),
        };
    }

    private static int IntParameter(string? text, string name, int fallback, List<RestViolation> violations)
    {
        if (string.IsNullOrEmpty(text))
            return fallback;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            return value;
        violations.Add(new RestViolation(name, $"value '{text}' was rejected: must be a whole number"));
        return fallback;
    }

    private static IReadOnlyList<string>? ListParameter(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? null
            : text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static List<CustomerType>? TypeParameter(string? text, List<RestViolation> violations)
    {
        if (ListParameter(text) is not { } names)
            return null;
        var types = new List<CustomerType>();
        foreach (var name in names)
        {
            if (RestEnums.TryParse<CustomerType>(name, out var type))
                types.Add(type);
            else
                violations.Add(
                    new RestViolation(
                        "type",
                        $"value '{name}' was rejected: must be one of {string.Join(", ", RestEnums.Names<CustomerType>())}"
                    )
                );
        }
        return types;
    }

    private static DateTime? TimeParameter(string? text, List<RestViolation> violations)
    {
        if (string.IsNullOrEmpty(text))
            return null;
        if (
            DateTimeOffset.TryParse(
                text,
                CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal,
                out var time
            )
        )
            return time.UtcDateTime;
        violations.Add(
            new RestViolation(
                "updatedSince",
                $"value '{text}' was rejected: must be an ISO 8601 date-time like 2026-01-31T12:00:00Z"
            )
        );
        return null;
    }

    // "name,-createdAt": each key ascending, or descending with a leading minus, and each key once.
    private static List<CustomerSort> SortParameter(string? text, List<RestViolation> violations)
    {
        var sorts = new List<CustomerSort>();
        foreach (var key in ListParameter(text) ?? [])
        {
            var descending = key.StartsWith('-');
            CustomerSortField? field = (descending ? key[1..] : key) switch
            {
                "name" => CustomerSortField.Name,
                "createdAt" => CustomerSortField.CreatedAt,
                "updatedAt" => CustomerSortField.UpdatedAt,
                _ => null,
            };
            if (field is null)
                violations.Add(
                    new RestViolation(
                        "sort",
                        $"value '{key}' was rejected: must be name, createdAt or updatedAt, optionally with a leading -"
                    )
                );
            else if (sorts.Any(sort => sort.Field == field))
                violations.Add(
                    new RestViolation("sort", $"value '{key}' was rejected: each sort key may be given once")
                );
            else
                sorts.Add(new CustomerSort(field.Value, descending));
        }
        return sorts;
    }
}
