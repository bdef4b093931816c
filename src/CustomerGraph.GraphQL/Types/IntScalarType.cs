using System.Globalization;
using System.Numerics;
using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.GraphQL.Types;

/// <summary><c>Int</c>: a signed 32-bit integer (spec 3.5.1). Coerces to <see cref="int"/>.</summary>
public sealed class IntScalarType : ScalarType
{
    private const long MaxInt = int.MaxValue;
    private const long MinInt = int.MinValue;

    internal IntScalarType()
        : base("Int")
    {
        Description =
            "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.";
    }

    public override ScalarResult ParseLiteral(ValueNode literal)
    {
        if (literal is not IntValueNode intValue)
            return ScalarResult.Invalid(
                $"Int cannot represent non-integer value: {SpecifiedScalars.PrintLiteral(literal)}"
            );
        return
            long.TryParse(
                intValue.Value,
                NumberStyles.AllowLeadingSign,
                CultureInfo.InvariantCulture,
                out var n
            ) && n is >= MinInt and <= MaxInt
            ? ScalarResult.Valid((int)n)
            : ScalarResult.Invalid($"Int cannot represent non 32-bit signed integer value: {intValue.Value}");
    }

    public override ScalarResult ParseValue(object? input) =>
        JsValues.ClassifyNumber(input, out var integer, out var number) switch
        {
            JsValues.NumberKind.Integer => FromInteger(integer),
            JsValues.NumberKind.Double => FromNumber(number),
            _ => ScalarResult.Invalid($"Int cannot represent non-integer value: {JsValues.Inspect(input)}"),
        };

    public override ScalarResult Serialize(object? value)
    {
        switch (JsValues.ClassifyNumber(value, out var integer, out var number))
        {
            case JsValues.NumberKind.Integer:
                return FromInteger(integer);
            case JsValues.NumberKind.Double:
                return FromNumber(number);
        }
        return value switch
        {
            bool b => ScalarResult.Valid(b ? 1 : 0),
            string s => FromString(s),
            _ => ScalarResult.Invalid($"Int cannot represent non-integer value: {JsValues.Inspect(value)}"),
        };
    }

    private static ScalarResult FromInteger(BigInteger value) =>
        value >= MinInt && value <= MaxInt
            ? ScalarResult.Valid((int)value)
            : ScalarResult.Invalid(
                $"Int cannot represent non 32-bit signed integer value: {value.ToString(CultureInfo.InvariantCulture)}"
            );

    private static ScalarResult FromNumber(double value)
    {
        if (!JsValues.IsInteger(value))
            return ScalarResult.Invalid(
                $"Int cannot represent non-integer value: {JsValues.FormatNumber(value)}"
            );
        if (value > MaxInt || value < MinInt)
            return ScalarResult.Invalid(
                $"Int cannot represent non 32-bit signed integer value: {JsValues.FormatNumber(value)}"
            );
        return ScalarResult.Valid((int)value);
    }

    private static ScalarResult FromString(string value)
    {
        var number = value.Length == 0 ? double.NaN : JsValues.StringToNumber(value);
        if (!JsValues.IsInteger(number))
            return ScalarResult.Invalid($"Int cannot represent non-integer value: {JsValues.Inspect(value)}");
        if (number > MaxInt || number < MinInt)
            return ScalarResult.Invalid(
                $"Int cannot represent non 32-bit signed integer value: {JsValues.Inspect(value)}"
            );
        return ScalarResult.Valid((int)number);
    }
}
