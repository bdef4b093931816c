using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.GraphQL.Types;

/// <summary><c>Boolean</c>: true or false (spec 3.5.4). Coerces to <see cref="bool"/>.</summary>
public sealed class BooleanScalarType : ScalarType
{
    internal BooleanScalarType()
        : base("Boolean")
    {
        Description = "The `Boolean` scalar type represents `true` or `false`.";
    }

    public override ScalarResult ParseLiteral(ValueNode literal) =>
        literal is BooleanValueNode b
            ? ScalarResult.Valid(b.Value)
            : ScalarResult.Invalid(
                $"Boolean cannot represent a non boolean value: {SpecifiedScalars.PrintLiteral(literal)}"
            );

    public override ScalarResult ParseValue(object? input) =>
        input is bool b
            ? ScalarResult.Valid(b)
            : ScalarResult.Invalid(
                $"Boolean cannot represent a non boolean value: {JsValues.Inspect(input)}"
            );

    public override ScalarResult Serialize(object? value)
    {
        switch (JsValues.ClassifyNumber(value, out var integer, out var number))
        {
            case JsValues.NumberKind.Integer:
                return ScalarResult.Valid(!integer.IsZero);
            case JsValues.NumberKind.Double:
                return double.IsFinite(number)
                    ? ScalarResult.Valid(number != 0)
                    : ScalarResult.Invalid(
                        $"Boolean cannot represent a non boolean value: {JsValues.FormatNumber(number)}"
                    );
        }
        return value is bool b
            ? ScalarResult.Valid(b)
            : ScalarResult.Invalid(
                $"Boolean cannot represent a non boolean value: {JsValues.Inspect(value)}"
            );
    }
}
