namespace CustomerGraph.Graph.Customers;

/// <summary>The graph's <c>DeleteCustomerInput</c>.</summary>
public sealed record DeleteCustomerInput(string CustomerId, int? ExpectedVersion = null);
