using CustomerGraph.Api.Authentication;
using CustomerGraph.Api.RateLimiting;
using CustomerGraph.Customers.Accounts;
using CustomerGraph.Customers.Common;
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

    private static readonly RestError InvalidEmail = RestError.ConstraintViolation([
        new RestViolation(
            "email",
            "value 'mette@' was rejected: email must be an email address like name@example.com."
        ),
    ]);

    /// <summary>Maps <c>/customers/{customerId}/contacts</c> under <paramref name="v1"/>, the REST API's route group.</summary>
    public static IEndpointRouteBuilder MapContactsApi(this IEndpointRouteBuilder v1)
    {
        var contacts = v1.MapGroup("/customers/{customerId}/contacts").WithTags(Tag);
        contacts
            .MapGet("", ListAsync)
            .RequireScope(AccountScopes.View)
            .WithPageSizeCost()
            .WithName("ListContacts")
            .WithSummary("Lists a customer's contacts a numbered page at a time, sorted.")
            .WithDescription(
                "Pages are numbered from 0 and page × size rows are skipped, as in the customer list. A customer "
                    + "without contacts answers an empty page; an unknown customer 404."
            )
            .Produces<RestError>(StatusCodes.Status400BadRequest)
            .Produces<RestError>(StatusCodes.Status404NotFound)
            .WithErrorExample(
                RestError.ConstraintViolation([
                    new RestViolation(
                        "sort",
                        "value 'email' was rejected: must be name or createdAt or updatedAt, optionally with a "
                            + "leading - for descending order"
                    ),
                ])
            );
        contacts
            .MapPost("", CreateAsync)
            .RequireScope(AccountScopes.CustomerManage)
            .WithName("CreateContact")
            .WithSummary("Adds a contact to a customer.")
            .WithDescription(
                "Answers 201 with the contact, its URL in Location and its version as ETag. Only the name is "
                    + "required; a new primary contact makes the customer's previous primary contact ordinary."
            )
            .WithRequestBody<CreateContactRequest>()
            .Produces<RestError>(StatusCodes.Status400BadRequest)
            .Produces<RestError>(StatusCodes.Status404NotFound)
            .WithErrorExample(InvalidEmail);
        contacts
            .MapGet("/{contactId}", GetAsync)
            .RequireScope(AccountScopes.View)
            .WithName("GetContact")
            .WithSummary("Reads one contact of a customer; the ETag is its version.")
            .WithDescription(
                "A contact is found only under its own customer. Send the ETag back in If-Match to change or "
                    + "delete the contact only while it is still that version."
            )
            .Produces<RestError>(StatusCodes.Status400BadRequest)
            .Produces<RestError>(StatusCodes.Status404NotFound);
        contacts
            .MapPatch("/{contactId}", UpdateAsync)
            .RequireScope(AccountScopes.CustomerManage)
            .WithName("UpdateContact")
            .WithSummary("Changes a contact by JSON merge patch: absent fields stay, null clears.")
            .WithDescription(
                "A JSON merge patch (RFC 7396): an absent field stays, null clears it. With If-Match the change "
                    + "applies only to that version (412 otherwise). Answers the changed contact with its new "
                    + "version as ETag."
            )
            .WithRequestBody<ContactPatchRequest>()
            .Produces<RestError>(StatusCodes.Status400BadRequest)
            .Produces<RestError>(StatusCodes.Status404NotFound)
            .Produces<RestError>(StatusCodes.Status412PreconditionFailed)
            .WithErrorExample(InvalidEmail);
        contacts
            .MapDelete("/{contactId}", DeleteAsync)
            .RequireScope(AccountScopes.CustomerManage)
            .WithName("DeleteContact")
            .WithSummary("Deletes a contact of a customer.")
            .WithDescription(
                "With If-Match the contact is deleted only while it is still that version (412 otherwise)."
            )
            .Produces<RestError>(StatusCodes.Status400BadRequest)
            .Produces<RestError>(StatusCodes.Status404NotFound)
            .Produces<RestError>(StatusCodes.Status412PreconditionFailed);
        return v1;
    }

    /// <summary>Numbered pages as in the customer list; sorted by name unless <c>sort</c> says otherwise.</summary>
    public static async Task<Results<Ok<PageResource<ContactResource>>, JsonHttpResult<RestError>>> ListAsync(
        string customerId,
        [AsParameters] ContactListParameters parameters,
        HttpRequest request,
        ContactQueries queries,
        CancellationToken cancellationToken
    )
    {
        if (!Guid.TryParseExact(customerId, "D", out var id))
            return RestError.InvalidId(nameof(customerId), customerId).ToResult();
        if (RestQuery.Violations(parameters) is { Count: > 0 } violations)
            return RestError.ConstraintViolation(violations).ToResult();
        var sorts = (parameters.Sort?.Sorts ?? [])
            .Select(sort => new ContactSort(sort.Field, sort.Descending))
            .ToList();
        var result = await queries.ListPageAsync(
            id,
            parameters.Page?.Value ?? 0,
            parameters.Size?.Value ?? PageSizes.Default,
            sorts,
            cancellationToken
        );
        return result.Succeeded
            ? TypedResults.Ok(PageResource<ContactResource>.From(result.Value!, ContactResource.From))
            : RestError.FromDomain(result.Errors, RestQuery.Json(request.Query)).ToResult();
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
        var (create, body, error) = await RestRequest.ReadAsync<CreateContactRequest>(
            request,
            cancellationToken
        );
        if (create is null)
            return error!.ToResult();
        var input = create.ToInput();
        var result = await service.CreateAsync(id, input, cancellationToken);
        if (!result.Succeeded)
            return RestError.FromDomain(result.Errors, body).ToResult();
        var contact = result.Value!;
        request.HttpContext.Response.Headers.ETag = Preconditions.ETagOf(contact.Version);
        return TypedResults.Created(
            $"{RestApi.BasePath}/customers/{id:D}/contacts/{contact.Id:D}",
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
        var (patch, body, error) = await RestRequest.ReadAsync<ContactPatchRequest>(
            request,
            cancellationToken
        );
        if (patch is null)
            return error!.ToResult();
        // A contact never moves to another customer, so the check holds for the change that follows.
        var found = await queries.GetOfCustomerAsync(customer, contact, cancellationToken);
        if (!found.Succeeded)
            return RestError.FromDomain(found.Errors).ToResult();
        var result = await service.UpdateAsync(
            contact,
            patch.ToPatch(),
            Preconditions.ExpectedVersion(request),
            cancellationToken
        );
        if (!result.Succeeded)
            return RestError.FromDomain(result.Errors, body).ToResult();
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
