using CustomerGraph.Api.RateLimiting;
using CustomerGraph.Customers.Contacts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CustomerGraph.Api.Rest;

/// <summary>
/// <c>/customer/v1/customers/{customerId}/contacts</c>: a customer's contacts, thin over the same
/// <see cref="ContactService"/> and <see cref="ContactQueries"/> the graph's resolvers use. A contact is addressed
/// under its customer: another customer's contact is not found there.
/// </summary>
public static class ContactsApi
{
    private const string Tag = "Contacts";

    public static IEndpointRouteBuilder MapContactsApi(this IEndpointRouteBuilder app)
    {
        var contacts = app.MapGroup("/customers/{customerId}/contacts").WithTags(Tag);
        contacts
            .MapGet("/", ListAsync)
            .WithPageSizeCost()
            .WithName("ListContacts")
            .WithSummary("Lists a customer's contacts a numbered page at a time, sorted.")
            .Produces<RestError>(StatusCodes.Status400BadRequest)
            .Produces<RestError>(StatusCodes.Status404NotFound)
            .Produces<RestError>(StatusCodes.Status500InternalServerError);
        contacts
            .MapPost("/", CreateAsync)
            .WithName("CreateContact")
            .WithSummary("Adds a contact to a customer.")
            .Produces<RestError>(StatusCodes.Status400BadRequest)
            .Produces<RestError>(StatusCodes.Status404NotFound)
            .Produces<RestError>(StatusCodes.Status413PayloadTooLarge)
            .Produces<RestError>(StatusCodes.Status415UnsupportedMediaType)
            .Produces<RestError>(StatusCodes.Status500InternalServerError);
        contacts
            .MapGet("/{contactId}", GetAsync)
            .WithName("GetContact")
            .WithSummary("Reads one contact of a customer; the ETag is its version.")
            .Produces<RestError>(StatusCodes.Status400BadRequest)
            .Produces<RestError>(StatusCodes.Status404NotFound)
            .Produces<RestError>(StatusCodes.Status500InternalServerError);
        contacts
            .MapPatch("/{contactId}", UpdateAsync)
            .WithName("UpdateContact")
            .WithSummary("Changes a contact by JSON merge patch: absent fields stay, null clears.")
            .Produces<RestError>(StatusCodes.Status400BadRequest)
            .Produces<RestError>(StatusCodes.Status404NotFound)
            .Produces<RestError>(StatusCodes.Status412PreconditionFailed)
            .Produces<RestError>(StatusCodes.Status413PayloadTooLarge)
            .Produces<RestError>(StatusCodes.Status415UnsupportedMediaType)
            .Produces<RestError>(StatusCodes.Status500InternalServerError);
        contacts
            .MapDelete("/{contactId}", DeleteAsync)
            .WithName("DeleteContact")
            .WithSummary("Deletes a contact of a customer.")
            .Produces<RestError>(StatusCodes.Status400BadRequest)
            .Produces<RestError>(StatusCodes.Status404NotFound)
            .Produces<RestError>(StatusCodes.Status412PreconditionFailed)
            .Produces<RestError>(StatusCodes.Status500InternalServerError);
        return app;
    }

    /// <summary>Numbered pages as in the customer list; sorted by name unless <c>sort</c> says otherwise.</summary>
    public static async Task<Results<Ok<PageResource<ContactResource>>, JsonHttpResult<RestError>>> ListAsync(
        string customerId,
        HttpRequest request,
        ContactQueries queries,
        CancellationToken cancellationToken
    )
    {
        if (!Guid.TryParseExact(customerId, "D", out var id))
            return RestError.InvalidId(nameof(customerId), customerId).ToResult();
        var query = new RestQuery(request.Query);
        var page = query.Page;
        var size = query.Size;
        var sorts = query
            .Sort(SortKeys)
            .Select(sort => new ContactSort(sort.Field, sort.Descending))
            .ToList();
        if (query.Violations.Count > 0)
            return RestError.ConstraintViolation(query.Violations).ToResult();
        var result = await queries.ListPageAsync(id, page, size, sorts, cancellationToken);
        return result.Succeeded
            ? TypedResults.Ok(PageResource<ContactResource>.From(result.Value!, ContactResource.From))
            : RestError.FromDomain(result.Errors, query.Json).ToResult();
    }

    public static async Task<Results<Created<ContactResource>, JsonHttpResult<RestError>>> CreateAsync(
        string customerId,
        HttpRequest request,
        ContactService service,
        CancellationToken cancellationToken
    )
    {
        if (!Guid.TryParseExact(customerId, "D", out var id))
            return RestError.InvalidId(nameof(customerId), customerId).ToResult();
        var (body, error) = await RestBody.ReadAsync(request, cancellationToken);
        if (body is null)
            return error!.ToResult();
        var input = new CreateContactInput(body.String("name") ?? "")
        {
            Type = body.OptionalEnum<ContactType>("type").GetValueOrDefault(null),
            Role = body.String("role"),
            Email = body.String("email"),
            PhoneNumber = body.String("phoneNumber"),
            IsPrimary = body.Boolean("isPrimary") ?? false,
            Note = body.String("note"),
        };
        if (body.Violations.Count > 0)
            return RestError.ConstraintViolation(body.Violations).ToResult();
        var result = await service.CreateAsync(id, input, cancellationToken);
        if (!result.Succeeded)
            return RestError.FromDomain(result.Errors, body.Json).ToResult();
        var contact = result.Value!;
        request.HttpContext.Response.Headers.ETag = Preconditions.ETagOf(contact.Version);
        return TypedResults.Created(
            $"/customer/v1/customers/{id:D}/contacts/{contact.Id:D}",
            ContactResource.From(contact)
        );
    }

    public static async Task<Results<Ok<ContactResource>, JsonHttpResult<RestError>>> GetAsync(
        string customerId,
        string contactId,
        HttpResponse response,
        ContactQueries queries,
        CancellationToken cancellationToken
    )
    {
        if (InvalidIds(customerId, contactId, out var customer, out var contact) is { } invalid)
            return invalid.ToResult();
        var found = await queries.GetOfCustomerAsync(customer, contact, cancellationToken);
        if (!found.Succeeded)
            return RestError.FromDomain(found.Errors).ToResult();
        response.Headers.ETag = Preconditions.ETagOf(found.Value!.Version);
        return TypedResults.Ok(ContactResource.From(found.Value));
    }

    public static async Task<Results<Ok<ContactResource>, JsonHttpResult<RestError>>> UpdateAsync(
        string customerId,
        string contactId,
        HttpRequest request,
        ContactService service,
        ContactQueries queries,
        CancellationToken cancellationToken
    )
    {
        if (InvalidIds(customerId, contactId, out var customer, out var contact) is { } invalid)
            return invalid.ToResult();
        var (body, error) = await RestBody.ReadAsync(request, cancellationToken);
        if (body is null)
            return error!.ToResult();
        var patch = new ContactPatch
        {
            Name = body.OptionalString("name"),
            Type = body.OptionalEnum<ContactType>("type"),
            Role = body.OptionalString("role"),
            Email = body.OptionalString("email"),
            PhoneNumber = body.OptionalString("phoneNumber"),
            IsPrimary = body.OptionalBoolean("isPrimary"),
            Note = body.OptionalString("note"),
        };
        if (body.Violations.Count > 0)
            return RestError.ConstraintViolation(body.Violations).ToResult();
        // A contact never moves to another customer, so the check holds for the change that follows.
        var found = await queries.GetOfCustomerAsync(customer, contact, cancellationToken);
        if (!found.Succeeded)
            return RestError.FromDomain(found.Errors).ToResult();
        var result = await service.UpdateAsync(
            contact,
            patch,
            Preconditions.ExpectedVersion(request),
            cancellationToken
        );
        if (!result.Succeeded)
            return RestError.FromDomain(result.Errors, body.Json).ToResult();
        request.HttpContext.Response.Headers.ETag = Preconditions.ETagOf(result.Value!.Version);
        return TypedResults.Ok(ContactResource.From(result.Value));
    }

    public static async Task<Results<NoContent, JsonHttpResult<RestError>>> DeleteAsync(
        string customerId,
        string contactId,
        HttpRequest request,
        ContactService service,
        ContactQueries queries,
        CancellationToken cancellationToken
    )
    {
        if (InvalidIds(customerId, contactId, out var customer, out var contact) is { } invalid)
            return invalid.ToResult();
        var found = await queries.GetOfCustomerAsync(customer, contact, cancellationToken);
        if (!found.Succeeded)
            return RestError.FromDomain(found.Errors).ToResult();
        var result = await service.DeleteAsync(
            contact,
            Preconditions.ExpectedVersion(request),
            cancellationToken
        );
        return result.Succeeded ? TypedResults.NoContent() : RestError.FromDomain(result.Errors).ToResult();
    }

    private static readonly Dictionary<string, ContactSortField> SortKeys = new()
    {
        ["name"] = ContactSortField.Name,
        ["createdAt"] = ContactSortField.CreatedAt,
        ["updatedAt"] = ContactSortField.UpdatedAt,
    };

    // Both path ids must be UUIDs; the customer's is checked first.
    private static RestError? InvalidIds(
        string customerId,
        string contactId,
        out Guid customer,
        out Guid contact
    )
    {
        contact = Guid.Empty;
        if (!Guid.TryParseExact(customerId, "D", out customer))
            return RestError.InvalidId(nameof(customerId), customerId);
        return Guid.TryParseExact(contactId, "D", out contact)
            ? null
            : RestError.InvalidId(nameof(contactId), contactId);
    }
}
