using CustomerGraph.Customers.Common;

namespace CustomerGraph.Graph.CustomFields;

/// <summary>The graph's <c>StringSettingsInput</c>; in an update, a setting left out stays.</summary>
public sealed record StringSettingsInput
{
    public Optional<int?> MaxLength { get; init; }
    public Optional<string?> Pattern { get; init; }
}
