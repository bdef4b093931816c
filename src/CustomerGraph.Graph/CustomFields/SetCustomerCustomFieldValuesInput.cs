namespace CustomerGraph.Graph.CustomFields;

/// <summary>The graph's <c>SetCustomerCustomFieldValuesInput</c>: values to set and keys to clear.</summary>
public sealed record SetCustomerCustomFieldValuesInput(string CustomerId)
{
    public IReadOnlyList<CustomFieldAssignmentInput>? Set { get; init; }
    public IReadOnlyList<string>? Clear { get; init; }
}
