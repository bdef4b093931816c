using System.Globalization;
using CustomerGraph.GraphQL.Language;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.Graph.Scalars;

/// <summary><c>Date</c>: a calendar date written <c>yyyy-MM-dd</c>; coerces to <see cref="DateOnly"/>.</summary>
public sealed class DateScalar() : ScalarType("Date")
{
    private const string Example = "2026-11-23";

    public override ScalarResult ParseLiteral(ValueNode literal) =>
        literal is StringValueNode text
            ? Parse(text.Value)
            : ScalarResult.Invalid(
                $"Date cannot represent a non-string value: {Printer.Print(literal)}; expected e.g. \"{Example}\"."
            );

    public override ScalarResult ParseValue(object? input) =>
        input switch
        {
            string text => Parse(text),
            DateOnly date => ScalarResult.Valid(date),
            _ => ScalarResult.Invalid(
                $"Date cannot represent a non-string value; expected e.g. \"{Example}\"."
            ),
        };

    public override ScalarResult Serialize(object? value) =>
        value switch
        {
            DateOnly date => ScalarResult.Valid(Format(date)),
            DateTime time => ScalarResult.Valid(Format(DateOnly.FromDateTime(time))),
            string text when TryParse(text, out var date) => ScalarResult.Valid(Format(date)),
            _ => ScalarResult.Invalid($"Date cannot represent {value ?? "null"}."),
        };

    /// <summary>The canonical text of a date.</summary>
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static ScalarResult Parse(string text) =>
        TryParse(text, out var date)
            ? ScalarResult.Valid(date)
            : ScalarResult.Invalid(
                $"Date cannot represent \"{text}\": expected a calendar date like \"{Example}\"."
            );

    private static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(
            text,
            "yyyy-MM-dd",
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out date
        );
}
