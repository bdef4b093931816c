using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CustomerGraph.Customers.Data;

/// <summary>
/// Notes on each context whether a command that may change data (anything but a <c>SELECT</c>) was sent since the
/// execution strategy's current operation began, so <see cref="ReadRetryingExecutionStrategy"/> never retries one.
/// </summary>
internal sealed class WriteCommandTracker : DbCommandInterceptor
{
    public static readonly WriteCommandTracker Instance = new();

    private static readonly ConditionalWeakTable<DbContext, StrongBox<bool>> Sent = [];

    /// <summary>Whether a write was sent through <paramref name="context"/> since <see cref="Reset"/>.</summary>
    public static bool WriteSent(DbContext context) => Sent.TryGetValue(context, out var sent) && sent.Value;

    /// <summary>Starts a new operation: nothing sent yet.</summary>
    public static void Reset(DbContext context) => Sent.GetOrCreateValue(context).Value = false;

    public override InterceptionResult<DbDataReader> ReaderExecuting(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<DbDataReader> result
    )
    {
        Note(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<DbDataReader> result,
        CancellationToken cancellationToken = default
    )
    {
        Note(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<int> result
    )
    {
        Note(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default
    )
    {
        Note(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<object> result
    )
    {
        Note(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<object> result,
        CancellationToken cancellationToken = default
    )
    {
        Note(command, eventData);
        return ValueTask.FromResult(result);
    }

    private static void Note(DbCommand command, CommandEventData eventData)
    {
        if (eventData.Context is { } context && !IsRead(command.CommandText))
            Sent.GetOrCreateValue(context).Value = true;
    }

    /// <summary>A statement that only reads: EF Core's queries and the windowed ones all begin with SELECT.</summary>
    private static bool IsRead(string text) =>
        text.AsSpan().TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase);
}
