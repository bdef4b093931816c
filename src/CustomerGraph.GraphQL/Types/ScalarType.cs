using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.GraphQL.Types;

/// <summary>
/// A scalar type. Subclasses define their own coercion rules (spec 3.5): literal and runtime input
/// coercion, and result coercion. A scalar declared in SDL without a bound implementation accepts any
/// input unchanged, as graphql-js does.
/// </summary>
public class ScalarType(string name) : NamedType(name)
{
    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>From <c>@specifiedBy(url:)</c>.</summary>
    public string? SpecifiedByUrl { get; set; }

    /// <summary>Coerces a literal from a document. The literal contains no variables.</summary>
    public virtual ScalarResult ParseLiteral(ValueNode literal) =>
        ScalarResult.Valid(LiteralToObject(literal));

    /// <summary>Coerces a runtime input value (a variable value decoded from JSON).</summary>
    public virtual ScalarResult ParseValue(object? input) => ScalarResult.Valid(input);

    /// <summary>Coerces a resolver's result for the response.</summary>
    public virtual ScalarResult Serialize(object? value) => ScalarResult.Valid(value);

    /// <summary>A literal as plain .NET data: null, bool, string, long/double, lists and dictionaries.</summary>
    protected static object? LiteralToObject(ValueNode literal) =>
        literal switch
        {
            NullValueNode => null,
            BooleanValueNode b => b.Value,
            StringValueNode s => s.Value,
            EnumValueNode e => e.Value,
            IntValueNode i => long.TryParse(i.Value, out var l)
                ? l
                : double.Parse(i.Value, System.Globalization.CultureInfo.InvariantCulture),
            FloatValueNode f => double.Parse(f.Value, System.Globalization.CultureInfo.InvariantCulture),
            ListValueNode list => list.Values.Select(LiteralToObject).ToList(),
            ObjectValueNode obj => ObjectLiteralToDictionary(obj),
            _ => throw new ArgumentException($"Unexpected literal {literal.Kind}.", nameof(literal)),
        };

    /// <summary>An object literal's fields by name; a field given twice keeps its last value, as graphql-js does.</summary>
    private static Dictionary<string, object?> ObjectLiteralToDictionary(ObjectValueNode obj)
    {
        var fields = new Dictionary<string, object?>(obj.Fields.Count, StringComparer.Ordinal);
        foreach (var field in obj.Fields)
            fields[field.Name.Value] = LiteralToObject(field.Value);
        return fields;
    }
}
