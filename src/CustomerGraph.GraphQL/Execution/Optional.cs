namespace CustomerGraph.GraphQL.Execution;

/// <summary>
/// An input field that keeps "absent" apart from "null": <c>default</c> means the client did not give the field
/// (PATCH: leave it), <see cref="Of"/> that it gave a value, possibly null (PATCH: clear it).
/// </summary>
public readonly struct Optional<T>
{
    private readonly T _value;

    private Optional(T value)
    {
        _value = value;
        HasValue = true;
    }

    /// <summary>True when the field was given, even as null.</summary>
    public bool HasValue { get; }

    /// <summary>The given value; throws when the field was absent.</summary>
    public T Value =>
        HasValue ? _value : throw new InvalidOperationException("The input field was not given.");

    /// <summary>The field was not given.</summary>
    public static Optional<T> Absent => default;

    /// <summary>The field was given as <paramref name="value"/>.</summary>
    public static Optional<T> Of(T value) => new(value);

    /// <summary>The given value, or <paramref name="fallback"/> when absent.</summary>
    public T GetValueOrDefault(T fallback) => HasValue ? _value : fallback;

    public override string ToString() => HasValue ? $"{_value}" : "(absent)";
}
