using System.Text.Json;
using CustomerGraph.GraphQL.Execution;

namespace CustomerGraph.Api.GraphQLHttp;

/// <summary>
/// Documents the operator trusts, loaded once from a folder: <c>&lt;id&gt;.graphql</c> files (an id of 64 hex
/// digits must be the document's SHA-256) and JSON manifests, either a plain <c>{ "id": "document" }</c> map
/// (GraphQL Codegen, Relay) or Apollo's <c>apollo-persisted-query-manifest</c>.
/// </summary>
public sealed class TrustedDocumentStore
{
    private readonly Dictionary<string, string> _documents;
    private readonly HashSet<string> _hashes;

    private TrustedDocumentStore(Dictionary<string, string> documents)
    {
        _documents = documents;
        _hashes = documents.Values.Select(DocumentCache.HashOf).ToHashSet(StringComparer.Ordinal);
    }

    public static TrustedDocumentStore Empty { get; } = new([]);

    public int Count => _documents.Count;

    /// <summary>The document of an id; <c>sha256:&lt;hash&gt;</c> and the bare hash name the same document.</summary>
    public string? TryGet(string documentId)
    {
        if (_documents.TryGetValue(documentId, out var document))
            return document;
        const string prefix = "sha256:";
        if (documentId.StartsWith(prefix, StringComparison.Ordinal))
            return _documents.GetValueOrDefault(documentId[prefix.Length..].ToLowerInvariant());
        return _documents.GetValueOrDefault(documentId.ToLowerInvariant());
    }

    /// <summary>Whether this exact document text is trusted (clients may send the text of a trusted document).</summary>
    public bool ContainsDocumentWithHash(string hash) => _hashes.Contains(hash);

    /// <summary>Loads every trusted document of a folder; throws on unreadable manifests and ids that contradict their document.</summary>
    public static TrustedDocumentStore Load(string directory)
    {
        if (!Directory.Exists(directory))
            throw new InvalidOperationException(
                $"The trusted documents folder \"{directory}\" does not exist."
            );
        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(directory, "*.graphql", SearchOption.AllDirectories))
            Add(documents, Path.GetFileNameWithoutExtension(file), File.ReadAllText(file), file);
        foreach (var file in Directory.EnumerateFiles(directory, "*.json", SearchOption.AllDirectories))
        foreach (var (id, document) in ReadManifest(file))
            Add(documents, id, document, file);
        return new TrustedDocumentStore(documents);
    }

    private static void Add(Dictionary<string, string> documents, string id, string document, string source)
    {
        if (IsSha256Hex(id))
        {
            id = id.ToLowerInvariant();
            if (DocumentCache.HashOf(document) != id)
                throw new InvalidOperationException(
                    $"{source}: the id {id} is not the SHA-256 of its document (it is {DocumentCache.HashOf(document)})."
                );
        }
        if (documents.TryGetValue(id, out var existing) && existing != document)
            throw new InvalidOperationException($"{source}: the id {id} names two different documents.");
        documents[id] = document;
    }

    private static IEnumerable<(string Id, string Document)> ReadManifest(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(file));
        var root = json.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            throw new InvalidOperationException(
                $"{file}: a trusted documents manifest must be a JSON object."
            );
        var entries = new List<(string, string)>();
        if (root.TryGetProperty("format", out var format) && format.ValueKind == JsonValueKind.String)
        {
            if (format.GetString() != "apollo-persisted-query-manifest")
                throw new InvalidOperationException(
                    $"{file}: unknown manifest format \"{format.GetString()}\"."
                );
            foreach (var operation in root.GetProperty("operations").EnumerateArray())
                entries.Add(
                    (operation.GetProperty("id").GetString()!, operation.GetProperty("body").GetString()!)
                );
            return entries;
        }
        foreach (var property in root.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String)
                throw new InvalidOperationException(
                    $"{file}: the entry \"{property.Name}\" must map an id to a document string."
                );
            entries.Add((property.Name, property.Value.GetString()!));
        }
        return entries;
    }

    private static bool IsSha256Hex(string id) => id.Length == 64 && id.All(char.IsAsciiHexDigit);
}
