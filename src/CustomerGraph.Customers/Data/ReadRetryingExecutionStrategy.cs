using Microsoft.EntityFrameworkCore.Storage;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace CustomerGraph.Customers.Data;

/// <summary>
/// Npgsql's retrying execution strategy, limited to what is safe to repeat: an operation is retried after a
/// transient fault only while nothing but reads went to the server (a connection that failed to open sent nothing).
/// Once an INSERT, UPDATE or DELETE was sent, or inside a transaction the caller began, the fault reaches the caller,
/// since the server may have applied the write and a second attempt could duplicate it. Retries are few and short so
/// a request fails well inside its timeout when the database is down.
/// </summary>
internal sealed class ReadRetryingExecutionStrategy(ExecutionStrategyDependencies dependencies)
    : NpgsqlRetryingExecutionStrategy(dependencies, MaxRetries, MaxDelay, errorCodesToAdd: null)
{
    /// <summary>Attempts after the first.</summary>
    public const int MaxRetries = 3;

    /// <summary>The longest pause between attempts; EF Core's back-off starts near one second and is capped here.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromMilliseconds(500);

    private bool _inCallerTransaction;

    protected override void OnFirstExecution()
    {
        var context = Dependencies.CurrentContext.Context;
        WriteCommandTracker.Reset(context);
        // A transaction the caller began cannot be replayed here; run it once instead of refusing it.
        _inCallerTransaction = context.Database.CurrentTransaction is not null;
        if (_inCallerTransaction)
            ExceptionsEncountered.Clear();
        else
            base.OnFirstExecution();
    }

    protected override bool ShouldRetryOn(Exception? exception) =>
        !_inCallerTransaction
        && !WriteCommandTracker.WriteSent(Dependencies.CurrentContext.Context)
        && base.ShouldRetryOn(exception);
}
