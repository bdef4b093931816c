using CustomerGraph.Customers.Customers;

namespace CustomerGraph.Graph.Customers;

/// <summary>The graph's <c>CustomerSort</c>: a key and a direction (<c>ASC</c> or <c>DESC</c>).</summary>
public sealed record GraphCustomerSort(
    CustomerSortField By = CustomerSortField.Name,
    string Direction = "ASC"
)
{
    public CustomerSort ToSort() => new(By, Direction == "DESC");
}
