using CustomerGraph.Customers.Common;
using CustomerGraph.GraphQL.Execution;

namespace CustomerGraph.Graph.Common;

/// <summary>
/// A coerced input object as resolvers read it. A key is present only when the client gave the field (possibly as
/// null) or the SDL gives it a default, which is exactly the omitted-versus-null distinction PATCH needs.
/// </summary>
public readonly struct InputObject(IReadOnlyDictionary<string, object?> fields)
{
    private static readonly IReadOnlyDictionary<string, object?> NoFields = new Dictionary<string, object?>();

    private IReadOnlyDictionary<string, object?> Fields => fields ?? NoFields;

    /// <summary>The argument <paramref name="name"/> of the field as an input object (empty when absent or null).</summary>
    public static InputObject FromArgument(IResolverContext context, string name) =>
        From(context.Arguments.GetValueOrDefault(name));

    /// <summary>Wraps a coerced input object value; null reads as an object without fields.</summary>
    public static InputObject From(object? value) =>
        new(
            value switch
            {
                IReadOnlyDictionary<string, object?> map => map,
                IDictionary<string, object?> map => map.AsReadOnly(),
                _ => NoFields,
            }
        );

    /// <summary>True when the client gave the field, even as null.</summary>
    public bool Has(string name) => Fields.ContainsKey(name);

    /// <summary>True when the field was given as a non-null value.</summary>
    public bool HasValue(string name) => Fields.GetValueOrDefault(name) is not null;

    /// <summary>The raw coerced value of the field (null when absent or null).</summary>
    public object? Value(string name) => Fields.GetValueOrDefault(name);

    public string? String(string name) => Fields.GetValueOrDefault(name) as string;

    public bool? Boolean(string name) => Fields.GetValueOrDefault(name) as bool?;

    public int? Int(string name) => ValueConverter.Convert<int?>(Fields.GetValueOrDefault(name));

    public double? Float(string name) => ValueConverter.Convert<double?>(Fields.GetValueOrDefault(name));

    public decimal? Decimal(string name) => ValueConverter.Convert<decimal?>(Fields.GetValueOrDefault(name));

    /// <summary>A GraphQL enum value as the CLR enum whose member names match it (SERVICE_PROVIDER → ServiceProvider).</summary>
    public TEnum? Enum<TEnum>(string name)
        where TEnum : struct, System.Enum =>
        Fields.GetValueOrDefault(name) is string value ? GraphEnums.Parse<TEnum>(value) : null;

    /// <summary>A nested input object (empty when absent or null).</summary>
    public InputObject Object(string name) => From(Fields.GetValueOrDefault(name));

    /// <summary>A list field; null when absent or null.</summary>
    public IReadOnlyList<object?>? List(string name) =>
        Fields.GetValueOrDefault(name) is System.Collections.IList list
            ? list.Cast<object?>().ToList()
            : null;

    /// <summary>A list of strings; null when absent or null.</summary>
    public IReadOnlyList<string>? Strings(string name) => List(name)?.Cast<string>().ToList();

    /// <summary>A list of enum values; null when absent or null.</summary>
    public IReadOnlyList<TEnum>? Enums<TEnum>(string name)
        where TEnum : struct, System.Enum =>
        List(name)?.Select(value => GraphEnums.Parse<TEnum>((string)value!)).ToList();

    /// <summary>A PATCH field of text: omitted, or given (null clears).</summary>
    public Optional<string?> OptionalString(string name) =>
        Has(name) ? Optional<string?>.Of(String(name)) : Optional<string?>.Omitted;

    /// <summary>A PATCH field of an enum: omitted, or given (null resets).</summary>
    public Optional<TEnum?> OptionalEnum<TEnum>(string name)
        where TEnum : struct, System.Enum =>
        Has(name) ? Optional<TEnum?>.Of(Enum<TEnum>(name)) : Optional<TEnum?>.Omitted;

    /// <summary>A PATCH field of a boolean: omitted, or given (null resets).</summary>
    public Optional<bool?> OptionalBoolean(string name) =>
        Has(name) ? Optional<bool?>.Of(Boolean(name)) : Optional<bool?>.Omitted;
}

/// <summary>Maps GraphQL enum value names to CLR enum members by the rule both surfaces share (<see cref="EnumNames"/>).</summary>
public static class GraphEnums
{
    public static TEnum Parse<TEnum>(string graphName)
        where TEnum : struct, Enum => EnumNames.Parse<TEnum>(graphName);
}
