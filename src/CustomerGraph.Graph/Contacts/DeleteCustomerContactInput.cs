namespace CustomerGraph.Graph.Contacts;

/// <summary>The graph's <c>DeleteCustomerContactInput</c>.</summary>
public sealed record DeleteCustomerContactInput(string ContactId);
