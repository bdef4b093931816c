using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;

namespace CustomerGraph.Api.Tests;

/// <summary>
/// A host's log lines as text, each "category: message exception | scope | …", from <paramref name="minimum"/> up
/// and at most <paramref name="limit"/> of them (so a flood of errors stays readable).
/// </summary>
public sealed class CapturedLogs(LogLevel minimum = LogLevel.Trace, int limit = int.MaxValue)
    : ILoggerProvider,
        ISupportExternalScope
{
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose() { }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel >= owner.Minimum;

        public void Log<TState>(
            LogLevel logLevel,
            EventId eventId,
            TState state,
            Exception? exception,
            Func<TState, Exception?, string> formatter
        )
        {
            if (!IsEnabled(logLevel) || owner.Lines.Count >= owner.Limit)
                return;
            var line = new StringBuilder($"{category}: {formatter(state, exception)} {exception}");
            owner._scopes.ForEachScope((scope, text) => text.Append(" | ").Append(scope), line);
            owner.Lines.Enqueue(line.ToString());
        }
    }

    private LogLevel Minimum => minimum;

    private int Limit => limit;
}
