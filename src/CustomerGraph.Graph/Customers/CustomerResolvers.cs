using CustomerGraph.Customers.Common;
using CustomerGraph.Customers.Customers;
using CustomerGraph.Graph.Common;
using CustomerGraph.Graph.Relay;
using CustomerGraph.GraphQL.Execution;
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
            .Resolve("Mutation.deleteCustomer", DeleteAsync);
    }

    private static async ValueTask<object?> ResolveCustomerAsync(IResolverContext context)
    {
        var id = EntityIds.Require(context.Argument<string>("id"), "id");
        return await CustomerLoaders.ById(context).LoadAsync(id, context.CancellationToken);
    }

    private static async ValueTask<object?> ResolveCustomersAsync(IResolverContext context)
    {
        var queries = context.Services.GetRequiredService<CustomerQueries>();
        var filters = ReadFilters(
            InputObject.FromArgument(context, "filters"),
            context.HasArgument("filters")
        );
        var sort = ReadSort(InputObject.FromArgument(context, "sort"));
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

    private static CustomerFilters? ReadFilters(InputObject input, bool given)
    {
        if (!given)
            return null;
        return new CustomerFilters
        {
            Search = input.String("search"),
            Types = input.Enums<CustomerType>("types"),
            Countries = input.Strings("countries"),
            HasAssets = input.Boolean("hasAssets"),
            UpdatedSince = input.HasValue("updatedSince") ? (DateTime?)input.Value("updatedSince") : null,
            CustomerIds = input
                .Strings("customerIds")
                ?.Select((id, index) => EntityIds.Require(id, $"filters.customerIds[{index}]"))
                .ToList(),
        };
    }

    private static CustomerSort ReadSort(InputObject input) =>
        new(
            input.Enum<CustomerSortField>("by") ?? CustomerSortField.Name,
            input.String("direction") == "DESC"
        );

    private static async ValueTask<object?> CreateAsync(IResolverContext context)
    {
        var input = InputObject.FromArgument(context, "input");
        var address = input.Object("address");
        var create = new CreateCustomerInput(input.String("name")!)
        {
            Type = input.Enum<CustomerType>("type"),
            Description = input.String("description"),
            ExternalReference = input.String("externalReference"),
            Email = input.String("email"),
            PhoneNumber = input.String("phoneNumber"),
            Website = input.String("website"),
            Address = input.HasValue("address")
                ? new AddressInput(
                    address.String("streetAddress"),
                    address.String("postalCode"),
                    address.String("city"),
                    address.String("region"),
                    address.String("country")
                )
                : null,
        };
        var result = await context
            .Services.GetRequiredService<CustomerService>()
            .CreateAsync(create, context.CancellationToken);
        return result.Succeeded
            ? new CustomerPayload(result.Value, null)
            : new CustomerPayload(null, MutationErrors.Map(result.Errors, MutationErrors.Same));
    }

    private static async ValueTask<object?> UpdateAsync(IResolverContext context)
    {
        var input = InputObject.FromArgument(context, "input");
        var idText = input.String("customerId");
        if (!EntityIds.TryParse(idText, out var id))
            return new CustomerPayload(null, MutationErrors.MalformedId("Customer", "customerId", idText));
        var patch = new CustomerPatch
        {
            Name = input.OptionalString("name"),
            Type = input.OptionalEnum<CustomerType>("type"),
            Description = input.OptionalString("description"),
            ExternalReference = input.OptionalString("externalReference"),
            Email = input.OptionalString("email"),
            PhoneNumber = input.OptionalString("phoneNumber"),
            Website = input.OptionalString("website"),
            Address = ReadAddressPatch(input),
        };
        var result = await context
            .Services.GetRequiredService<CustomerService>()
            .UpdateAsync(id, patch, input.Int("expectedVersion"), context.CancellationToken);
        if (!result.Succeeded)
            return new CustomerPayload(
                null,
                MutationErrors.Map(result.Errors, MutationErrors.IdAndVersion("customerId"))
            );
        RequestLoaders.Forget(context);
        return new CustomerPayload(result.Value, null);
    }

    private static Optional<AddressPatch?> ReadAddressPatch(InputObject input)
    {
        if (!input.Has("address"))
            return Optional<AddressPatch?>.Omitted;
        if (!input.HasValue("address"))
            return Optional<AddressPatch?>.Of(null);
        var address = input.Object("address");
        return new AddressPatch
        {
            StreetAddress = address.OptionalString("streetAddress"),
            PostalCode = address.OptionalString("postalCode"),
            City = address.OptionalString("city"),
            Region = address.OptionalString("region"),
            Country = address.OptionalString("country"),
        };
    }

    private static async ValueTask<object?> DeleteAsync(IResolverContext context)
    {
        var input = InputObject.FromArgument(context, "input");
        var idText = input.String("customerId");
        if (!EntityIds.TryParse(idText, out var id))
            return new DeleteCustomerPayload(
                null,
                MutationErrors.MalformedId("Customer", "customerId", idText)
            );
        var result = await context
            .Services.GetRequiredService<CustomerService>()
            .DeleteAsync(id, input.Int("expectedVersion"), context.CancellationToken);
        if (!result.Succeeded)
            return new DeleteCustomerPayload(
                null,
                MutationErrors.Map(result.Errors, MutationErrors.IdAndVersion("customerId"))
            );
        RequestLoaders.Forget(context);
        return new DeleteCustomerPayload(result.Value.ToString("D"), null);
    }
}
