using CustomerGraph.Customers.Common;
using CustomerGraph.Graph.AssetAssignments;
using CustomerGraph.Graph.Assets;
using CustomerGraph.Graph.Common;
using CustomerGraph.Graph.Contacts;
using CustomerGraph.Graph.Customers;
using CustomerGraph.Graph.CustomFields;
using CustomerGraph.Graph.RateLimits;
using CustomerGraph.Graph.Relay;
using CustomerGraph.GraphQL.Execution;

namespace CustomerGraph.Graph;

/// <summary>Binds every field of the customer graph; start-up fails on any field left unbound.</summary>
public static class CustomerGraphResolvers
{
    public static void Bind(ResolverBindings bind)
    {
        bind.RequireResolvers = true;
        bind.BindType<PageInfo>("PageInfo")
            .Resolve<PageInfo>(
                "PageInfo.count",
                async (pageInfo, context) => await pageInfo.CountAsync(context)
            )
            .BindType<NotFound>("NotFoundError")
            .BindType<ValidationError>("ValidationError")
            .BindType<ConflictError>("ConflictError")
            .BindType<CustomerPayload>("CreateCustomerPayload")
            .BindType<CustomerPayload>("UpdateCustomerPayload")
            .BindType<CustomerPayload>("UpdateCustomerAssetsPayload")
            .BindType<CustomerPayload>("SetCustomerCustomFieldValuesPayload")
            .BindType<DeleteCustomerPayload>("DeleteCustomerPayload")
            .BindType<ContactPayload>("CreateCustomerContactPayload")
            .BindType<ContactPayload>("UpdateCustomerContactPayload")
            .BindType<DeleteContactPayload>("DeleteCustomerContactPayload")
            .BindType<CustomFieldDefinitionPayload>("CreateCustomFieldDefinitionPayload")
            .BindType<CustomFieldDefinitionPayload>("UpdateCustomFieldDefinitionPayload");
        NodeResolvers.Bind(bind);
        CustomerResolvers.Bind(bind);
        ContactResolvers.Bind(bind);
        AssetResolvers.Bind(bind);
        AssignmentResolvers.Bind(bind);
        CustomFieldResolvers.Bind(bind);
        RateLimitResolvers.Bind(bind);
    }
}
