using CustomerGraph.Customers.Customers;
using CustomerGraph.Graph.Common;

namespace CustomerGraph.Graph.Customers;

/// <summary>The graph's <c>CustomerFilters</c>: the domain's filters with customer ids as the graph spells them.</summary>
public sealed record GraphCustomerFilters
{
    public string? Search { get; init; }
    public IReadOnlyList<CustomerType>? Types { get; init; }
    public IReadOnlyList<string>? Countries { get; init; }
    public bool? HasAssets { get; init; }
    public DateTime? UpdatedSince { get; init; }
    public IReadOnlyList<string>? CustomerIds { get; init; }

    /// <summary>The domain's filters; an id that is no entity id fails the field, naming its input path.</summary>
    public CustomerFilters ToFilters() =>
        new()
        {
            Search = Search,
            Types = Types,
            Countries = Countries,
            HasAssets = HasAssets,
            UpdatedSince = UpdatedSince,
            CustomerIds = CustomerIds
                ?.Select((id, index) => EntityIds.Require(id, $"filters.customerIds[{index}]"))
                .ToList(),
        };
}
