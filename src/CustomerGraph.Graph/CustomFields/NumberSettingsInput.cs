using CustomerGraph.Customers.Common;

namespace CustomerGraph.Graph.CustomFields;

/// <summary>The graph's <c>NumberSettingsInput</c>; in an update, a setting left out stays.</summary>
public sealed record NumberSettingsInput
{
    public Optional<decimal?> Minimum { get; init; }
    public Optional<decimal?> Maximum { get; init; }
    public Optional<string?> Unit { get; init; }
}
