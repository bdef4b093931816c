using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CustomerGraph.ExecutionConformance.Tests;

/// <summary>
/// JSON written the way JavaScript writes it (<c>JSON.stringify</c> escaping, <c>Number#toString</c>
/// numbers), so that both engines' echo fields and the compared responses print identically.
/// </summary>
internal static class JsJson
{
    /// <summary>
    /// The echo fields' answer: <paramref name="value"/> as JSON with object keys sorted, matching
    /// <c>canonicalJson</c> of oracle.mjs.
    /// </summary>
    public static string Canonical(object? value)
    {
        var builder = new StringBuilder();
        AppendCanonical(builder, value);
        return builder.ToString();
    }

    /// <summary>A JSON element re-written with JavaScript's number and string formats, keys in their order.</summary>
    public static string Normalize(JsonElement element)
    {
        var builder = new StringBuilder();
        AppendElement(builder, element);
        return builder.ToString();
    }

    private static void AppendCanonical(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string text:
                AppendString(builder, text);
                break;
            case bool flag:
                builder.Append(flag ? "true" : "false");
                break;
            case int or long or short or byte:
                builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
            case double or float or decimal:
                builder.Append(Number(Convert.ToDouble(value, CultureInfo.InvariantCulture)));
                break;
            case JsonElement element:
                AppendCanonical(builder, Decode(element));
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                builder.Append('{');
                var first = true;
                foreach (var (key, item) in map.OrderBy(pair => pair.Key, StringComparer.Ordinal))
                {
                    if (!first)
                        builder.Append(',');
                    first = false;
                    AppendString(builder, key);
                    builder.Append(':');
                    AppendCanonical(builder, item);
                }
                builder.Append('}');
                break;
            case IEnumerable items:
                builder.Append('[');
                var firstItem = true;
                foreach (var item in items)
                {
                    if (!firstItem)
                        builder.Append(',');
                    firstItem = false;
                    AppendCanonical(builder, item);
                }
                builder.Append(']');
                break;
            default:
                AppendString(builder, value.ToString() ?? "");
                break;
        }
    }

    private static void AppendElement(StringBuilder builder, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                builder.Append('{');
                var first = true;
                foreach (var property in element.EnumerateObject())
                {
                    if (!first)
                        builder.Append(',');
                    first = false;
                    AppendString(builder, property.Name);
                    builder.Append(':');
                    AppendElement(builder, property.Value);
                }
                builder.Append('}');
                break;
            case JsonValueKind.Array:
                builder.Append('[');
                var firstItem = true;
                foreach (var item in element.EnumerateArray())
                {
                    if (!firstItem)
                        builder.Append(',');
                    firstItem = false;
                    AppendElement(builder, item);
                }
                builder.Append(']');
                break;
            case JsonValueKind.String:
                AppendString(builder, element.GetString()!);
                break;
            case JsonValueKind.Number:
                builder.Append(Number(element.GetDouble()));
                break;
            default:
                builder.Append(element.GetRawText());
                break;
        }
    }

    /// <summary>
    /// JSON as the data set is served: objects as <see cref="Dictionary{TKey, TValue}"/>, arrays as
    /// <see cref="List{T}"/>, integers as long, other numbers as double.
    /// </summary>
    public static object? Decode(JsonElement element) =>
        element.ValueKind switch
        {
            JsonValueKind.Object => element
                .EnumerateObject()
                .ToDictionary(p => p.Name, p => Decode(p.Value), StringComparer.Ordinal),
            JsonValueKind.Array => element.EnumerateArray().Select(Decode).ToList(),
            JsonValueKind.String => element.GetString(),
            JsonValueKind.Number => element.TryGetInt64(out var integer) ? integer : element.GetDouble(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        };

    /// <summary>JSON.stringify's string escaping: quotes, backslashes, control characters and lone surrogates.</summary>
    private static void AppendString(StringBuilder builder, string text)
    {
        builder.Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    var lone =
                        char.IsHighSurrogate(c) && (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                        || char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1]));
                    if (c < 0x20 || lone)
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else
                        builder.Append(c);
                    break;
            }
        }
        builder.Append('"');
    }

    /// <summary>ECMAScript Number::toString(10): shortest round-trip digits, exponent outside 1e-7..1e21.</summary>
    public static string Number(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
            return "null";
        if (value == 0)
            return "0";
        var roundTrip = value.ToString("R", CultureInfo.InvariantCulture);
        var negative = roundTrip.StartsWith('-');
        if (negative)
            roundTrip = roundTrip[1..];
        var exponentAt = roundTrip.IndexOfAny(['E', 'e']);
        var exponent =
            exponentAt < 0 ? 0 : int.Parse(roundTrip[(exponentAt + 1)..], CultureInfo.InvariantCulture);
        var mantissa = exponentAt < 0 ? roundTrip : roundTrip[..exponentAt];
        var point = mantissa.IndexOf('.');
        var digits = point < 0 ? mantissa : mantissa.Remove(point, 1);
        var n = (point < 0 ? mantissa.Length : point) + exponent;
        var leadingZeros = digits.Length - digits.TrimStart('0').Length;
        digits = digits.Trim('0');
        n -= leadingZeros;
        var k = digits.Length;
        string text;
        if (k <= n && n <= 21)
            text = digits + new string('0', n - k);
        else if (0 < n && n <= 21)
            text = digits[..n] + "." + digits[n..];
        else if (-6 < n && n <= 0)
            text = "0." + new string('0', -n) + digits;
        else
        {
            var e = n - 1;
            text =
                (k == 1 ? digits : digits[..1] + "." + digits[1..])
                + "e"
                + (e >= 0 ? "+" : "-")
                + Math.Abs(e);
        }
        return negative ? "-" + text : text;
    }
}
