using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CustomerGraph.Supergraph.Tests;

/// <summary>
/// The SQL statements EF Core runs against one database (the connection string naming <c>marker</c>), from its
/// diagnostic events, so the host's own registrations stay untouched.
/// </summary>
public sealed class StatementLog
    : IObserver<DiagnosticListener>,
        IObserver<KeyValuePair<string, object?>>,
        IDisposable
{
    private readonly string _marker;
    private readonly ConcurrentQueue<string> _statements = new();
    private readonly ConcurrentBag<IDisposable> _subscriptions = [];

    public StatementLog(string marker)
    {
        _marker = marker;
        _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    /// <summary>The statements since the last <see cref="Clear"/>, in the order they ran.</summary>
    public IReadOnlyList<string> Statements => [.. _statements];

    public void Clear() => _statements.Clear();

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
            _subscriptions.Add(value.Subscribe(this));
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (
            value.Key == RelationalEventId.CommandExecuting.Name
            && value.Value is CommandEventData data
            && data.Command.Connection?.ConnectionString.Contains(_marker, StringComparison.Ordinal) == true
        )
            _statements.Enqueue(data.Command.CommandText);
    }

    public void OnCompleted() { }

    public void OnError(Exception error) { }

    public void Dispose()
    {
        foreach (var subscription in _subscriptions)
            subscription.Dispose();
    }
}
