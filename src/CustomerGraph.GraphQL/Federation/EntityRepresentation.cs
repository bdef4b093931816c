using CustomerGraph.GraphQL.Execution;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.GraphQL.Federation;

/// <summary>
/// One representation of <c>Query._entities(representations:)</c>, checked and coerced: the entity type it names, the
/// <c>@key</c> whose fields it carries, and its fields (key and <c>@requires</c> fields) coerced to the types of the
/// entity's fields (<c>ID</c> as string, <c>Int</c> as int, nested key objects as dictionaries).
/// </summary>
public sealed class EntityRepresentation : IEquatable<EntityRepresentation>
{
    private readonly string _identity;

    internal EntityRepresentation(
        ComplexType type,
        string key,
        IReadOnlyDictionary<string, object?> fields,
        string identity
    )
    {
        Type = type;
        Key = key;
        Fields = fields;
        _identity = identity;
    }

    /// <summary>The entity type named by <c>__typename</c>.</summary>
    public ComplexType Type { get; }

    /// <summary>The <c>@key(fields:)</c> the representation matched, as written: <c>"sku package"</c>.</summary>
    public string Key { get; }

    /// <summary>Every field of the representation but <c>__typename</c>, coerced where the entity declares the field.</summary>
    public IReadOnlyDictionary<string, object?> Fields { get; }

    /// <summary>True when the representation carries <paramref name="name"/> (possibly as null).</summary>
    public bool Has(string name) => Fields.ContainsKey(name);

    /// <summary>The field converted to <typeparamref name="T"/>; default when absent or null.</summary>
    public T? Get<T>(string name) => ValueConverter.Convert<T>(Fields.GetValueOrDefault(name));

    /// <summary>The nested object of a composite key field (<c>variation { id }</c>); null when absent.</summary>
    public IReadOnlyDictionary<string, object?>? GetObject(string name) =>
        Fields.GetValueOrDefault(name) as IReadOnlyDictionary<string, object?>;

    public bool Equals(EntityRepresentation? other) =>
        other is not null && string.Equals(_identity, other._identity, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as EntityRepresentation);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_identity);

    public override string ToString() => _identity;
}
