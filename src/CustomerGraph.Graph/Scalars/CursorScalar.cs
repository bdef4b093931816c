using CustomerGraph.Customers.Common;
using CustomerGraph.GraphQL.Language;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.Graph.Scalars;

/// <summary>
/// <c>Cursor</c>: an opaque string handed out with each page item. Coerces to the domain's <see cref="Cursor"/>;
/// whether it belongs to the list it is used on is the list's own check.
/// </summary>
public sealed class CursorScalar() : ScalarType("Cursor")
{
    /// <summary>Longer than any cursor the lists make; bounds the work of decoding foreign input.</summary>
    private const int MaxLength = 2048;

    public override ScalarResult ParseLiteral(ValueNode literal) =>
        literal is StringValueNode text
            ? Parse(text.Value)
            : ScalarResult.Invalid(
                $"Cursor cannot represent a non-string value: {Printer.Print(literal)}; pass back a cursor as returned."
            );

    public override ScalarResult ParseValue(object? input) =>
        input switch
        {
            string text => Parse(text),
            Cursor cursor => ScalarResult.Valid(cursor),
            _ => ScalarResult.Invalid(
                "Cursor cannot represent a non-string value; pass back a cursor as returned."
            ),
        };

    public override ScalarResult Serialize(object? value) =>
        value switch
        {
            Cursor cursor => ScalarResult.Valid(cursor.Value),
            string text => ScalarResult.Valid(text),
            _ => ScalarResult.Invalid(
                $"Cursor cannot represent a value of type {value?.GetType().Name ?? "null"}."
            ),
        };

    private static ScalarResult Parse(string text) =>
        text.Length is 0 or > MaxLength
            ? ScalarResult.Invalid(
                $"Cursor cannot represent \"{Truncate(text)}\": it is not a cursor of this API."
            )
            : ScalarResult.Valid(new Cursor(text));

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
