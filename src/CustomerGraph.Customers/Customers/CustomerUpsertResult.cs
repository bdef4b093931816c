using CustomerGraph.Customers.Common;

namespace CustomerGraph.Customers.Customers;

/// <summary>
/// The result of one upsert row: <paramref name="Index"/> is its position in the call, <paramref name="Customer"/>
/// the stored customer (null when failed; its <c>Contacts</c> are loaded only when the row gave contacts), and
/// <paramref name="Errors"/> every problem of a failed row, with field paths relative to the row.
/// </summary>
public sealed record CustomerUpsertResult(
    int Index,
    string? ExternalReference,
    UpsertOutcome Outcome,
    Customer? Customer,
    IReadOnlyList<DomainError> Errors
);
