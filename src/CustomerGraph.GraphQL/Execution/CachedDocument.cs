using System.Security.Cryptography;
using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.GraphQL.Execution;

/// <summary>A valid document and the operations prepared from it so far.</summary>
public sealed class CachedDocument(string hash, DocumentNode document)
{
    private readonly Dictionary<string, PreparedOperation> _operations = new(StringComparer.Ordinal);

    public string Hash { get; } = hash;
    public DocumentNode Document { get; } = document;

    internal PreparedOperation GetOrPrepare(string key, Func<PreparedOperation> prepare)
    {
        lock (_operations)
        {
            if (_operations.TryGetValue(key, out var prepared))
                return prepared;
            prepared = prepare();
            _operations[key] = prepared;
            return prepared;
        }
    }
}
