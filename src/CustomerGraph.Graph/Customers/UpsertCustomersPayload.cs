using CustomerGraph.Customers.Customers;

namespace CustomerGraph.Graph.Customers;

/// <summary>
/// The payload of <c>upsertCustomers</c>: one result per row with the counts of each outcome, or, when the whole call
/// was refused, no results and its <paramref name="Errors"/>.
/// </summary>
public sealed record UpsertCustomersPayload(
    IReadOnlyList<CustomerUpsertResult> Results,
    IReadOnlyList<object>? Errors
)
{
    public int CreatedCount => Count(UpsertOutcome.Created);

    public int UpdatedCount => Count(UpsertOutcome.Updated);

    public int UnchangedCount => Count(UpsertOutcome.Unchanged);

    public int FailedCount => Count(UpsertOutcome.Failed);

    private int Count(UpsertOutcome outcome) => Results.Count(result => result.Outcome == outcome);
}
