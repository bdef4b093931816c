using CustomerGraph.Customers.Common;
using CustomerGraph.Customers.Customers;
using CustomerGraph.Graph.Common;
using CustomerGraph.Graph.Relay;
using CustomerGraph.GraphQL.Execution;
using CustomerGraph.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerGraph.Graph.Customers;

/// <summary>Binds <c>Customer</c>, its connection, <c>Query.customer(s)</c> and the customer mutations.</summary>
public static class CustomerResolvers
{
    public static void Bind(ResolverBindings bind)
    {
        bind.BindType<Customer>("Customer")
            .BindType<Address>("Address")
            .BindType<Connection<Customer>>("CustomerConnection")
            .BindType<PageEdge<Customer>>("CustomerEdge")
            .Resolve<Customer>("Customer.id", (customer, _) => GlobalId.Encode("Customer", customer.Id))
            .Resolve<Customer>("Customer.customerId", (customer, _) => customer.Id.ToString("D"))
            .Resolve("Query.customer", ResolveCustomerAsync)
            .Resolve("Query.customers", ResolveCustomersAsync)
            .Resolve("Mutation.createCustomer", CreateAsync)
            .Resolve("Mutation.updateCustomer", UpdateAsync)
            .Resolve("Mutation.deleteCustomer", DeleteAsync)
            .BindType<UpsertCustomersPayload>("UpsertCustomersPayload")
            .BindType<CustomerUpsertResult>("UpsertCustomerResult")
            // A row's errors are null unless it failed, as a payload's are; a stale version is the row's expectedVersion.
            .Resolve<CustomerUpsertResult>(
                "UpsertCustomerResult.errors",
                (result, _) =>
                    result.Outcome == UpsertOutcome.Failed
                        ? MutationErrors.Map(result.Errors, MutationErrors.IdAndVersion("externalReference"))
                        : null
            )
            .Resolve("Mutation.upsertCustomers", UpsertAsync);
    }

    private static async ValueTask<object?> ResolveCustomerAsync(IResolverContext context)
    {
        var id = EntityIds.Require(context.Argument<string>("id"), "id");
        return await CustomerLoaders.ById(context).LoadAsync(id, context.CancellationToken);
    }

    private static async ValueTask<object?> ResolveCustomersAsync(IResolverContext context)
    {
        var queries = context.Services.GetRequiredService<CustomerQueries>();
        var filters = context.Argument<GraphCustomerFilters>("filters")?.ToFilters();
        var sort = context.Argument<GraphCustomerSort>("sort")?.ToSort() ?? CustomerSort.Default;
        var page = ReadFailures.ValueOrThrow(
            await queries.ListAsync(
                PagingArguments.Read(context),
                filters,
                sort,
                context.CancellationToken,
                withDescription: SelectionScan.MaySelect(context, "description", "nodes", "edges.node")
            )
        );
        return new Connection<Customer>(
            page,
            counting => queries.CountAsync(filters, counting.CancellationToken)
        );
    }

    private static async ValueTask<object?> CreateAsync(IResolverContext context)
    {
        var create = context.Argument<CreateCustomerInput>("input")!;
        var result = await context
            .Services.GetRequiredService<CustomerService>()
            .CreateAsync(create, context.CancellationToken);
        return result.Succeeded
            ? new CustomerPayload(result.Value, null)
            : new CustomerPayload(null, MutationErrors.Map(result.Errors, MutationErrors.Same));
    }

    private static async ValueTask<object?> UpdateAsync(IResolverContext context)
    {
        var input = context.Argument<UpdateCustomerInput>("input")!;
        if (!EntityIds.TryParse(input.CustomerId, out var id))
            return new CustomerPayload(
                null,
                MutationErrors.MalformedId("Customer", "customerId", input.CustomerId)
            );
        var result = await context
            .Services.GetRequiredService<CustomerService>()
            .UpdateAsync(id, input.ToPatch(), input.ExpectedVersion, context.CancellationToken);
        if (!result.Succeeded)
            return new CustomerPayload(
                null,
                MutationErrors.Map(result.Errors, MutationErrors.IdAndVersion("customerId"))
            );
        RequestLoaders.Forget(context);
        return new CustomerPayload(result.Value, null);
    }

    private static async ValueTask<object?> UpsertAsync(IResolverContext context)
    {
        var input = context.Argument<UpsertCustomersInput>("input")!;
        var result = await context
            .Services.GetRequiredService<CustomerService>()
            .UpsertByExternalReferenceAsync(input.Customers, context.CancellationToken);
        if (!result.Succeeded)
            return new UpsertCustomersPayload([], MutationErrors.Map(result.Errors, MutationErrors.Same));
        RequestLoaders.Forget(context);
        return new UpsertCustomersPayload(result.Value!, null);
    }

    private static async ValueTask<object?> DeleteAsync(IResolverContext context)
    {
        var input = context.Argument<DeleteCustomerInput>("input")!;
        if (!EntityIds.TryParse(input.CustomerId, out var id))
            return new DeleteCustomerPayload(
                null,
                MutationErrors.MalformedId("Customer", "customerId", input.CustomerId)
            );
        var result = await context
            .Services.GetRequiredService<CustomerService>()
            .DeleteAsync(id, input.ExpectedVersion, context.CancellationToken);
        if (!result.Succeeded)
            return new DeleteCustomerPayload(
                null,
                MutationErrors.Map(result.Errors, MutationErrors.IdAndVersion("customerId"))
            );
        RequestLoaders.Forget(context);
        return new DeleteCustomerPayload(result.Value.ToString("D"), null);
    }
}
