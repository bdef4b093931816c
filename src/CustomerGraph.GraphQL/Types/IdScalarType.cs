using System.Globalization;
using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.GraphQL.Types;

/// <summary><c>ID</c>: a unique identifier serialized as a string (spec 3.5.5). Coerces to <see cref="string"/>.</summary>
public sealed class IdScalarType : ScalarType
{
    internal IdScalarType()
        : base("ID")
    {
        Description =
            "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.";
    }

    public override ScalarResult ParseLiteral(ValueNode literal) =>
        literal switch
        {
            StringValueNode s => ScalarResult.Valid(s.Value),
            IntValueNode i => ScalarResult.Valid(i.Value),
            _ => ScalarResult.Invalid(
                $"ID cannot represent a non-string and non-integer value: {SpecifiedScalars.PrintLiteral(literal)}"
            ),
        };

    public override ScalarResult ParseValue(object? input) => Coerce(input);

    /// <summary>Also writes a <see cref="Guid"/> (the usual .NET entity id) as its canonical text.</summary>
    public override ScalarResult Serialize(object? value) =>
        value is Guid guid ? ScalarResult.Valid(guid.ToString("D")) : Coerce(value);

    private static ScalarResult Coerce(object? value)
    {
        switch (JsValues.ClassifyNumber(value, out var integer, out var number))
        {
            case JsValues.NumberKind.Integer:
                return ScalarResult.Valid(integer.ToString(CultureInfo.InvariantCulture));
            case JsValues.NumberKind.Double:
                return JsValues.IsInteger(number)
                    ? ScalarResult.Valid(JsValues.FormatNumber(number))
                    : ScalarResult.Invalid($"ID cannot represent value: {JsValues.FormatNumber(number)}");
        }
        return value is string s
            ? ScalarResult.Valid(s)
            : ScalarResult.Invalid($"ID cannot represent value: {JsValues.Inspect(value)}");
    }
}
