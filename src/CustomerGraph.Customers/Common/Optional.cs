namespace CustomerGraph.Customers.Common;

/// <summary>A PATCH field: either omitted (leave unchanged) or set to a value, which may be null (clear).</summary>
public readonly struct Optional<T>
{
    private readonly T _value;

    private Optional(T value)
    {
        _value = value;
        HasValue = true;
    }

    /// <summary>True when the caller supplied the field, even as null.</summary>
    public bool HasValue { get; }

    /// <summary>The supplied value; only meaningful when <see cref="HasValue"/> is true.</summary>
    public T Value =>
        HasValue ? _value : throw new InvalidOperationException("The optional value was omitted.");

    /// <summary>The field was not supplied.</summary>
    public static Optional<T> Omitted => default;

    /// <summary>The field was supplied with <paramref name="value"/> (null clears it).</summary>
    public static Optional<T> Of(T value) => new(value);

    public static implicit operator Optional<T>(T value) => new(value);

    /// <summary>The supplied value, or <paramref name="current"/> when omitted.</summary>
    public T GetValueOrDefault(T current) => HasValue ? _value : current;

    public override string ToString() => HasValue ? $"{_value}" : "(omitted)";
}
