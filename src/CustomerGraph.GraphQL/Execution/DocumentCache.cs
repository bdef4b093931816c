using System.Security.Cryptography;
using System.Text;
using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.GraphQL.Execution;

/// <summary>
/// Parsed and validated documents by the SHA-256 of their text, least recently used evicted first. A hit
/// skips parsing and validation; the prepared operations of a document live with it.
/// </summary>
public sealed class DocumentCache(int capacity)
{
    private readonly Dictionary<string, LinkedListNode<CachedDocument>> _entries = new(
        StringComparer.Ordinal
    );
    private readonly LinkedList<CachedDocument> _recency = new();
    private readonly Lock _lock = new();

    public int Capacity { get; } = Math.Max(1, capacity);

    public int Count
    {
        get
        {
            lock (_lock)
                return _entries.Count;
        }
    }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 text: the key here and in Apollo's persisted queries.</summary>
    public static string HashOf(string document)
    {
        var maxBytes = Encoding.UTF8.GetMaxByteCount(document.Length);
        var buffer = maxBytes <= 4096 ? stackalloc byte[maxBytes] : new byte[maxBytes];
        var length = Encoding.UTF8.GetBytes(document, buffer);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(buffer[..length], hash);
        return Convert.ToHexStringLower(hash);
    }

    public CachedDocument? TryGet(string hash)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(hash, out var node))
                return null;
            _recency.Remove(node);
            _recency.AddFirst(node);
            return node.Value;
        }
    }

    public CachedDocument Add(string hash, DocumentNode document)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(hash, out var existing))
                return existing.Value;
            var node = _recency.AddFirst(new CachedDocument(hash, document));
            _entries[hash] = node;
            if (_entries.Count > Capacity)
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Hash);
            }
            return node.Value;
        }
    }
}
