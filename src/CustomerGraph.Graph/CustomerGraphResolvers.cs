using CustomerGraph.Customers.Assets;
using CustomerGraph.Customers.Common;
using CustomerGraph.Customers.Customers;
using CustomerGraph.Graph.AssetAssignments;
using CustomerGraph.Graph.Assets;
using CustomerGraph.Graph.Common;
using CustomerGraph.Graph.Contacts;
using CustomerGraph.Graph.Customers;
using CustomerGraph.Graph.CustomFields;
using CustomerGraph.Graph.RateLimits;
using CustomerGraph.Graph.Relay;
using EnumNaming = CustomerGraph.GraphQL.Execution.EnumNaming;
using ResolverBindings = CustomerGraph.GraphQL.Execution.ResolverBindings;

namespace CustomerGraph.Graph;

/// <summary>
/// Binds every field of the customer graph and the CLR records of its inputs (PATCH fields are the domain's
/// <see cref="Optional{T}"/>); start-up fails on any field left unbound or input field no record can receive.
/// </summary>
public static class CustomerGraphResolvers
{
    private static readonly EnumNaming GraphEnumNaming = new(
        (type, name) => EnumNames.TryParse(type, name, out var member) ? member : null
    );

    /// <summary>Binds the customer graph's resolvers, CLR and input types and enum rule.</summary>
    public static void Bind(ResolverBindings bind)
    {
        bind.RequireResolvers = true;
        // The graph spells enum values as the REST API does, so both surfaces share the domain's one rule.
        bind.UseEnumNaming(GraphEnumNaming)
            .BindOptionalWrapper(typeof(Optional<>))
            .BindInput<GraphCustomerFilters>("CustomerFilters")
            .BindInput<GraphCustomerSort>("CustomerSort")
            .BindInput<AssetFilters>("AssetFilters")
            .BindInput<CreateCustomerInput>("CreateCustomerInput")
            .BindInput<UpdateCustomerInput>("UpdateCustomerInput")
            .BindInput<DeleteCustomerInput>("DeleteCustomerInput")
            .BindInput<UpsertCustomersInput>("UpsertCustomersInput")
            .BindInput<CreateCustomerContactInput>("CreateCustomerContactInput")
            .BindInput<UpdateCustomerContactInput>("UpdateCustomerContactInput")
            .BindInput<DeleteCustomerContactInput>("DeleteCustomerContactInput")
            .BindInput<GraphUpdateCustomerAssetsInput>("UpdateCustomerAssetsInput")
            .BindInput<GraphCreateCustomFieldDefinitionInput>("CreateCustomFieldDefinitionInput")
            .BindInput<UpdateCustomFieldDefinitionInput>("UpdateCustomFieldDefinitionInput")
            .BindInput<SetCustomerCustomFieldValuesInput>("SetCustomerCustomFieldValuesInput")
            .BindInput<DeleteCustomFieldDefinitionInput>("DeleteCustomFieldDefinitionInput");
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
            .BindType<CustomFieldDefinitionPayload>("UpdateCustomFieldDefinitionPayload")
            .BindType<DeleteCustomFieldDefinitionPayload>("DeleteCustomFieldDefinitionPayload");
        NodeResolvers.Bind(bind);
        CustomerResolvers.Bind(bind);
        ContactResolvers.Bind(bind);
        AssetResolvers.Bind(bind);
        AssignmentResolvers.Bind(bind);
        CustomFieldResolvers.Bind(bind);
        RateLimitResolvers.Bind(bind);
    }
}
