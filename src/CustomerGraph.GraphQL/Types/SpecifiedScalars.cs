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
