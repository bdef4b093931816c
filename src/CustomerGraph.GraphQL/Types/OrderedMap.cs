namespace CustomerGraph.GraphQL.Types;

/// <summary>A small insertion-ordered name → item map: definition order matters for printing and introspection.</summary>
public sealed class OrderedMap<T> : IReadOnlyList<T>
    where T : class
{
    private readonly List<T> _items = [];
    private readonly Dictionary<string, T> _byName = new(StringComparer.Ordinal);

    public int Count => _items.Count;
    public T this[int index] => _items[index];

    public T? TryGet(string name) => _byName.GetValueOrDefault(name);

    public bool Contains(string name) => _byName.ContainsKey(name);

    /// <summary>Adds the item; returns false (and keeps the first) when the name is taken.</summary>
    public bool TryAdd(string name, T item)
    {
        if (!_byName.TryAdd(name, item))
            return false;
        _items.Add(item);
        return true;
    }

    public List<T>.Enumerator GetEnumerator() => _items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => _items.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
