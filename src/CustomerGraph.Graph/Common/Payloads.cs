using CustomerGraph.Customers.Contacts;
using CustomerGraph.Customers.Customers;
using CustomerGraph.Customers.CustomFields;

namespace CustomerGraph.Graph.Common;

/// <summary>A payload carrying a customer: create, update, asset and custom-field mutations.</summary>
public sealed record CustomerPayload(Customer? Customer, IReadOnlyList<object>? Errors);

/// <summary>The payload of <c>deleteCustomer</c>.</summary>
public sealed record DeleteCustomerPayload(string? DeletedCustomerId, IReadOnlyList<object>? Errors);

/// <summary>A payload carrying a contact: create and update.</summary>
public sealed record ContactPayload(CustomerContact? Contact, IReadOnlyList<object>? Errors);

/// <summary>The payload of <c>deleteCustomerContact</c>.</summary>
public sealed record DeleteContactPayload(string? DeletedContactId, IReadOnlyList<object>? Errors);

/// <summary>A payload carrying a custom field definition: create and update.</summary>
public sealed record CustomFieldDefinitionPayload(
    CustomFieldDefinition? CustomFieldDefinition,
    IReadOnlyList<object>? Errors
);

/// <summary>The payload of <c>deleteCustomFieldDefinition</c>.</summary>
public sealed record DeleteCustomFieldDefinitionPayload(
    string? DeletedDefinitionId,
    IReadOnlyList<object>? Errors
);
