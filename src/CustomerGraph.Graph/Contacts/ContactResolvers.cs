using CustomerGraph.Customers.Common;
using CustomerGraph.Customers.Contacts;
using CustomerGraph.Customers.Customers;
using CustomerGraph.Graph.Common;
using CustomerGraph.Graph.Customers;
using CustomerGraph.Graph.Relay;
using CustomerGraph.GraphQL.Execution;
using CustomerGraph.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerGraph.Graph.Contacts;

/// <summary>Binds <c>CustomerContact</c>, <c>Customer.contacts</c> and the contact mutations.</summary>
public static class ContactResolvers
{
    public static void Bind(ResolverBindings bind)
    {
        bind.BindType<CustomerContact>("CustomerContact")
            .BindType<Connection<CustomerContact>>("CustomerContactConnection")
            .BindType<PageEdge<CustomerContact>>("CustomerContactEdge")
            .Resolve<CustomerContact>(
                "CustomerContact.id",
                (contact, _) => GlobalId.Encode("CustomerContact", contact.Id)
            )
            .Resolve<CustomerContact>("CustomerContact.contactId", (contact, _) => contact.Id.ToString("D"))
            .Resolve<CustomerContact>(
                "CustomerContact.customer",
                async (contact, context) =>
                    await CustomerLoaders
                        .ById(context)
                        .LoadAsync(contact.CustomerId, context.CancellationToken)
            )
            .Resolve<Customer>("Customer.contacts", ResolveContactsAsync)
            .Resolve("Mutation.createCustomerContact", CreateAsync)
            .Resolve("Mutation.updateCustomerContact", UpdateAsync)
            .Resolve("Mutation.deleteCustomerContact", DeleteAsync);
    }

    private static async Task<object?> ResolveContactsAsync(Customer customer, IResolverContext context)
    {
        var key = new ChildPageKey<PageRequest>(customer.Id, PagingArguments.Read(context));
        var page = ReadFailures.ValueOrThrow(
            (await ContactLoaders.PageByCustomer(context).LoadAsync(key, context.CancellationToken))!
        );
        return new Connection<CustomerContact>(
            page!,
            counting =>
                ContactLoaders
                    .CountByCustomer(counting)
                    .LoadAsync(new ChildPageKey<int>(customer.Id, 0), counting.CancellationToken)
        );
    }

    private static async ValueTask<object?> CreateAsync(IResolverContext context)
    {
        var input = context.Argument<CreateCustomerContactInput>("input")!;
        if (!EntityIds.TryParse(input.CustomerId, out var customerId))
            return new ContactPayload(
                null,
                MutationErrors.MalformedId("Customer", "customerId", input.CustomerId)
            );
        var result = await context
            .Services.GetRequiredService<ContactService>()
            .CreateAsync(customerId, input.ToCreate(), context.CancellationToken);
        if (!result.Succeeded)
            return new ContactPayload(null, MutationErrors.Map(result.Errors, MutationErrors.Same));
        RequestLoaders.Forget(context);
        return new ContactPayload(result.Value, null);
    }

    private static async ValueTask<object?> UpdateAsync(IResolverContext context)
    {
        var input = context.Argument<UpdateCustomerContactInput>("input")!;
        if (!EntityIds.TryParse(input.ContactId, out var contactId))
            return new ContactPayload(
                null,
                MutationErrors.MalformedId("CustomerContact", "contactId", input.ContactId)
            );
        var result = await context
            .Services.GetRequiredService<ContactService>()
            .UpdateAsync(contactId, input.ToPatch(), input.ExpectedVersion, context.CancellationToken);
        if (!result.Succeeded)
            return new ContactPayload(
                null,
                MutationErrors.Map(result.Errors, MutationErrors.IdAndVersion("contactId"))
            );
        RequestLoaders.Forget(context);
        return new ContactPayload(result.Value, null);
    }

    private static async ValueTask<object?> DeleteAsync(IResolverContext context)
    {
        var input = context.Argument<DeleteCustomerContactInput>("input")!;
        if (!EntityIds.TryParse(input.ContactId, out var contactId))
            return new DeleteContactPayload(
                null,
                MutationErrors.MalformedId("CustomerContact", "contactId", input.ContactId)
            );
        var result = await context
            .Services.GetRequiredService<ContactService>()
            .DeleteAsync(contactId, cancellationToken: context.CancellationToken);
        if (!result.Succeeded)
            return new DeleteContactPayload(
                null,
                MutationErrors.Map(result.Errors, MutationErrors.IdAndVersion("contactId"))
            );
        RequestLoaders.Forget(context);
        return new DeleteContactPayload(result.Value.ToString("D"), null);
    }
}
