using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CustomerGraph.Api.Tests;

/// <summary>
/// Records the SQL that EF Core sends to one database, told apart from other tests' databases by a text of its
/// connection string (the test's own data folder).
/// </summary>
public sealed class SqlRecorder
    : IObserver<DiagnosticListener>,
        IObserver<KeyValuePair<string, object?>>,
        IDisposable
{
    private readonly string _connectionMarker;
    private readonly ConcurrentQueue<string> _commands = new();
    private readonly ConcurrentBag<IDisposable> _subscriptions = [];

    public SqlRecorder(string connectionMarker)
    {
        _connectionMarker = connectionMarker;
        _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    public IReadOnlyList<string> Commands => [.. _commands];

    public void Clear() => _commands.Clear();

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name)
            _subscriptions.Add(listener.Subscribe(this));
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> diagnostic)
    {
        if (
            diagnostic.Key == RelationalEventId.CommandExecuting.Name
            && diagnostic.Value is CommandEventData data
            && data.Command.Connection?.ConnectionString.Contains(_connectionMarker, StringComparison.Ordinal)
                == true
        )
            _commands.Enqueue(data.Command.CommandText);
    }

    void IObserver<DiagnosticListener>.OnCompleted() { }

    void IObserver<DiagnosticListener>.OnError(Exception error) { }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted() { }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error) { }

    public void Dispose()
    {
        foreach (var subscription in _subscriptions)
            subscription.Dispose();
    }
}
