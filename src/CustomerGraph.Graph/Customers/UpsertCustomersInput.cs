using CustomerGraph.Customers.Customers;

namespace CustomerGraph.Graph.Customers;

/// <summary>The graph's <c>UpsertCustomersInput</c>: the rows of one call, each the domain's own input.</summary>
public sealed record UpsertCustomersInput(IReadOnlyList<UpsertCustomerInput> Customers);
