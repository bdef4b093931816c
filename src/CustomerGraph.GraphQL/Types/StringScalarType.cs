using System.Globalization;
using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.GraphQL.Types;

/// <summary><c>String</c>: UTF-8 text (spec 3.5.3). Coerces to <see cref="string"/>.</summary>
public sealed class StringScalarType : ScalarType
{
    internal StringScalarType()
        : base("String")
    {
        Description =
            "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.";
    }

    public override ScalarResult ParseLiteral(ValueNode literal) =>
        literal is StringValueNode s
            ? ScalarResult.Valid(s.Value)
            : ScalarResult.Invalid(
                $"String cannot represent a non string value: {SpecifiedScalars.PrintLiteral(literal)}"
            );

    public override ScalarResult ParseValue(object? input) =>
        input is string s
            ? ScalarResult.Valid(s)
            : ScalarResult.Invalid($"String cannot represent a non string value: {JsValues.Inspect(input)}");

    public override ScalarResult Serialize(object? value)
    {
        switch (JsValues.ClassifyNumber(value, out var integer, out var number))
        {
            case JsValues.NumberKind.Integer:
                return ScalarResult.Valid(integer.ToString(CultureInfo.InvariantCulture));
            case JsValues.NumberKind.Double:
                return double.IsFinite(number)
                    ? ScalarResult.Valid(JsValues.FormatNumber(number))
                    : ScalarResult.Invalid($"String cannot represent value: {JsValues.FormatNumber(number)}");
        }
        return value switch
        {
            string s => ScalarResult.Valid(s),
            bool b => ScalarResult.Valid(b ? "true" : "false"),
            _ => ScalarResult.Invalid($"String cannot represent value: {JsValues.Inspect(value)}"),
        };
    }
}
