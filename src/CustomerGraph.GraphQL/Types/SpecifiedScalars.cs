using System.Globalization;
using System.Numerics;
using CustomerGraph.GraphQL.Language;

namespace CustomerGraph.GraphQL.Types;

/// <summary>The five built-in scalars of spec section 3.5, shared by every schema.</summary>
public static class SpecifiedScalars
{
    /// <summary><c>Int</c>: a signed 32-bit integer.</summary>
    public static IntScalarType Int { get; } = new();

    /// <summary><c>Float</c>: a double-precision number.</summary>
    public static FloatScalarType Float { get; } = new();

    /// <summary><c>String</c>: UTF-8 text.</summary>
    public static StringScalarType String { get; } = new();

    /// <summary><c>Boolean</c>: true or false.</summary>
    public static BooleanScalarType Boolean { get; } = new();

    /// <summary><c>ID</c>: a unique identifier.</summary>
    public static IdScalarType ID { get; } = new();

    /// <summary>In graphql-js's order: String, Int, Float, Boolean, ID.</summary>
    public static IReadOnlyList<ScalarType> All { get; } = [String, Int, Float, Boolean, ID];

    /// <summary>The built-in scalar of that name, or null.</summary>
    public static ScalarType? Get(string name) =>
        name switch
        {
            "String" => String,
            "Int" => Int,
            "Float" => Float,
            "Boolean" => Boolean,
            "ID" => ID,
            _ => null,
        };

    /// <summary>True for the names of the five built-in scalars.</summary>
    public static bool IsSpecified(string name) => Get(name) is not null;

    /// <summary>A literal as text for an error message (graphql-js prints the node).</summary>
    internal static string PrintLiteral(ValueNode literal) => Printer.Print(literal);
}

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
