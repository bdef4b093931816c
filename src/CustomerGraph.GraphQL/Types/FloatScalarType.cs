using System.Globalization;
using System.Numerics;
using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.GraphQL.Types;

/// <summary><c>Float</c>: a double-precision number (spec 3.5.2). Coerces to <see cref="double"/>.</summary>
public sealed class FloatScalarType : ScalarType
{
    internal FloatScalarType()
        : base("Float")
    {
        Description =
            "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).";
    }

    public override ScalarResult ParseLiteral(ValueNode literal) =>
        literal switch
        {
            FloatValueNode f => ScalarResult.Valid(double.Parse(f.Value, CultureInfo.InvariantCulture)),
            IntValueNode i => ScalarResult.Valid(double.Parse(i.Value, CultureInfo.InvariantCulture)),
            _ => ScalarResult.Invalid(
                $"Float cannot represent non numeric value: {SpecifiedScalars.PrintLiteral(literal)}"
            ),
        };

    public override ScalarResult ParseValue(object? input) =>
        JsValues.ClassifyNumber(input, out var integer, out var number) switch
        {
            JsValues.NumberKind.Integer => FromInteger(input, integer),
            JsValues.NumberKind.Double => FromNumber(number),
            _ => ScalarResult.Invalid($"Float cannot represent non numeric value: {JsValues.Inspect(input)}"),
        };

    public override ScalarResult Serialize(object? value)
    {
        switch (JsValues.ClassifyNumber(value, out var integer, out var number))
        {
            case JsValues.NumberKind.Integer:
                return FromInteger(value, integer);
            case JsValues.NumberKind.Double:
                return FromNumber(number);
        }
        return value switch
        {
            bool b => ScalarResult.Valid(b ? 1d : 0d),
            string s => FromString(s),
            _ => ScalarResult.Invalid($"Float cannot represent non numeric value: {JsValues.Inspect(value)}"),
        };
    }

    private static ScalarResult FromNumber(double value) =>
        double.IsFinite(value)
            ? ScalarResult.Valid(value)
            : ScalarResult.Invalid(
                $"Float cannot represent non numeric value: {JsValues.FormatNumber(value)}"
            );

    /// <summary>Machine integers convert like JavaScript numbers; a BigInteger must survive the round trip, as a JS bigint must.</summary>
    private static ScalarResult FromInteger(object? original, BigInteger value)
    {
        var number = (double)value;
        if (original is not BigInteger)
            return ScalarResult.Valid(number);
        if (!double.IsFinite(number))
            return ScalarResult.Invalid(
                $"Float cannot represent non numeric value: {value.ToString(CultureInfo.InvariantCulture)} (value is too large)"
            );
        if (new BigInteger(number) != value)
            return ScalarResult.Invalid(
                $"Float cannot represent non numeric value: {value.ToString(CultureInfo.InvariantCulture)} (value would lose precision)"
            );
        return ScalarResult.Valid(number);
    }

    private static ScalarResult FromString(string value)
    {
        var number = value.Length == 0 ? double.NaN : JsValues.StringToNumber(value);
        return double.IsFinite(number)
            ? ScalarResult.Valid(number)
            : ScalarResult.Invalid($"Float cannot represent non numeric value: {JsValues.Inspect(value)}");
    }
}
