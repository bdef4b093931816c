using System.Globalization;
using CustomerGraph.GraphQL.Language;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.Graph.Scalars;

/// <summary>
/// <c>DateTime</c>: an instant written in ISO-8601 with an offset (RFC 3339), read as UTC; always written in UTC
/// with a <c>Z</c>. A time without an offset is refused: it names no instant.
/// </summary>
public sealed class DateTimeScalar() : ScalarType("DateTime")
{
    private const string Example = "2026-11-23T08:15:00Z";

    private static readonly string[] Formats = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    public override ScalarResult ParseLiteral(ValueNode literal) =>
        literal is StringValueNode text
            ? Parse(text.Value)
            : ScalarResult.Invalid(
                $"DateTime cannot represent a non-string value: {Printer.Print(literal)}; expected e.g. \"{Example}\"."
            );

    public override ScalarResult ParseValue(object? input) =>
        input switch
        {
            string text => Parse(text),
            DateTime value => ScalarResult.Valid(ToUtc(value)),
            DateTimeOffset value => ScalarResult.Valid(value.UtcDateTime),
            _ => ScalarResult.Invalid(
                $"DateTime cannot represent a non-string value; expected e.g. \"{Example}\"."
            ),
        };

    public override ScalarResult Serialize(object? value) =>
        value switch
        {
            DateTime time => ScalarResult.Valid(Format(ToUtc(time))),
            DateTimeOffset time => ScalarResult.Valid(Format(time.UtcDateTime)),
            _ => ScalarResult.Invalid(
                $"DateTime cannot represent a value of type {value?.GetType().Name ?? "null"}."
            ),
        };

    /// <summary>The canonical text of a UTC instant: seconds always, fractions only when present.</summary>
    public static string Format(DateTime utc) =>
        utc.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    private static ScalarResult Parse(string text)
    {
        // The offset is what makes the text an instant; DateTimeStyles alone would assume local time.
        if (!HasOffset(text))
            return ScalarResult.Invalid(
                $"DateTime cannot represent \"{text}\": it needs a time zone offset (Z or ±hh:mm), e.g. \"{Example}\"."
            );
        return DateTimeOffset.TryParseExact(
            text,
            Formats,
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out var value
        )
            ? ScalarResult.Valid(value.UtcDateTime)
            : ScalarResult.Invalid(
                $"DateTime cannot represent \"{text}\": expected an ISO-8601 date-time like \"{Example}\"."
            );
    }

    private static bool HasOffset(string text)
    {
        var timeStart = text.IndexOf('T');
        if (timeStart < 0)
            return false;
        var time = text.AsSpan(timeStart);
        return time.EndsWith("Z") || time.LastIndexOfAny('+', '-') > 0;
    }

    // Stored times come back from SQLite without a kind; the domain only ever stores UTC.
    private static DateTime ToUtc(DateTime value) =>
        value.Kind switch
        {
            DateTimeKind.Utc => value,
            DateTimeKind.Local => value.ToUniversalTime(),
            _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        };
}
