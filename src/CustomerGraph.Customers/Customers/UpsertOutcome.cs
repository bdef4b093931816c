namespace CustomerGraph.Customers.Customers;

/// <summary>What an upsert did with one row.</summary>
public enum UpsertOutcome
{
    /// <summary>No customer had the external reference; one was created (version 1).</summary>
    Created,

    /// <summary>The customer with the external reference changed; its version went up by one.</summary>
    Updated,

    /// <summary>The row equals the stored customer; nothing was written and the version stayed.</summary>
    Unchanged,

    /// <summary>The row was refused; <see cref="CustomerUpsertResult.Errors"/> says why, nothing of it was written.</summary>
    Failed,
}
