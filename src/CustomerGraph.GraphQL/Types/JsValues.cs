using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace CustomerGraph.GraphQL.Types;

/// <summary>
/// Runtime values seen the way graphql-js sees them, so coercion messages and rules match it: numbers
/// formatted like JavaScript's <c>String(number)</c>, strings converted like <c>Number(string)</c>, and
/// values printed like graphql-js's <c>inspect()</c>.
/// </summary>
internal static class JsValues
{
    private const int MaxArrayLength = 10;
    private const int MaxRecursiveDepth = 2;

    /// <summary>A .NET number as a JavaScript number (double), or an exact integer kept apart.</summary>
    internal enum NumberKind
    {
        NotANumber,
        Integer,
        Double,
    }

    /// <summary>
    /// Classifies a .NET numeric value: integral types (and BigInteger) are reported as exact integers,
    /// floating and decimal types as doubles (JavaScript numbers).
    /// </summary>
    internal static NumberKind ClassifyNumber(object? value, out BigInteger integer, out double number)
    {
        integer = default;
        number = default;
        switch (value)
        {
            case int i:
                integer = i;
                return NumberKind.Integer;
            case long l:
                integer = l;
                return NumberKind.Integer;
            case short s:
                integer = s;
                return NumberKind.Integer;
            case byte b:
                integer = b;
                return NumberKind.Integer;
            case sbyte sb:
                integer = sb;
                return NumberKind.Integer;
            case uint ui:
                integer = ui;
                return NumberKind.Integer;
            case ulong ul:
                integer = ul;
                return NumberKind.Integer;
            case ushort us:
                integer = us;
                return NumberKind.Integer;
            case BigInteger big:
                integer = big;
                return NumberKind.Integer;
            case double d:
                number = d;
                return NumberKind.Double;
            case float f:
                number = f;
                return NumberKind.Double;
            case decimal m:
                number = (double)m;
                return NumberKind.Double;
            default:
                return NumberKind.NotANumber;
        }
    }

    /// <summary>JavaScript's <c>Number.isInteger</c>.</summary>
    internal static bool IsInteger(double value) => double.IsFinite(value) && Math.Floor(value) == value;

    /// <summary>JavaScript's <c>String(number)</c> for a double.</summary>
    internal static string FormatNumber(double value)
    {
        if (double.IsNaN(value))
            return "NaN";
        if (double.IsPositiveInfinity(value))
            return "Infinity";
        if (double.IsNegativeInfinity(value))
            return "-Infinity";
        if (value == 0)
            return "0";

        // "R" gives the shortest round-trip digits; re-layout them the way ECMAScript's Number::toString does.
        var shortest = value.ToString("R", CultureInfo.InvariantCulture);
        var negative = value < 0;
        var (digits, exponent) = SplitDigits(shortest.TrimStart('-'));
        var k = digits.Length;
        var n = exponent;
        var sb = new StringBuilder();
        if (negative)
            sb.Append('-');
        if (k <= n && n <= 21)
        {
            sb.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            sb.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            sb.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            var e = n - 1;
            sb.Append(digits[0]);
            if (k > 1)
                sb.Append('.').Append(digits, 1, k - 1);
            sb.Append('e').Append(e >= 0 ? '+' : '-').Append(Math.Abs(e));
        }
        return sb.ToString();
    }

    /// <summary>
    /// Splits a round-trip formatted positive number into its significant digits and the exponent n
    /// such that the value is 0.digits × 10^n.
    /// </summary>
    private static (string Digits, int Exponent) SplitDigits(string formatted)
    {
        var exponent = 0;
        var ePos = formatted.IndexOfAny(['E', 'e']);
        var mantissa = formatted;
        if (ePos >= 0)
        {
            exponent = int.Parse(
                formatted.AsSpan(ePos + 1),
                NumberStyles.AllowLeadingSign,
                CultureInfo.InvariantCulture
            );
            mantissa = formatted[..ePos];
        }
        var dot = mantissa.IndexOf('.');
        var integerPart = dot >= 0 ? mantissa[..dot] : mantissa;
        var fractionPart = dot >= 0 ? mantissa[(dot + 1)..] : "";
        var allDigits = integerPart + fractionPart;
        var pointPosition = integerPart.Length + exponent;
        var leadingZeros = 0;
        while (leadingZeros < allDigits.Length - 1 && allDigits[leadingZeros] == '0')
            leadingZeros++;
        allDigits = allDigits[leadingZeros..];
        pointPosition -= leadingZeros;
        allDigits = allDigits.TrimEnd('0');
        if (allDigits.Length == 0)
            allDigits = "0";
        return (allDigits, pointPosition);
    }

    /// <summary>JavaScript's <c>Number(string)</c>: NaN when the text is not a numeric literal.</summary>
    internal static double StringToNumber(string text)
    {
        var trimmed = text.Trim(JsWhitespace);
        if (trimmed.Length == 0)
            return 0;
        switch (trimmed)
        {
            case "Infinity":
            case "+Infinity":
                return double.PositiveInfinity;
            case "-Infinity":
                return double.NegativeInfinity;
        }
        if (trimmed.Length > 2 && trimmed[0] == '0')
        {
            var radix = char.ToLowerInvariant(trimmed[1]) switch
            {
                'x' => 16,
                'o' => 8,
                'b' => 2,
                _ => 0,
            };
            if (radix != 0)
                return ParseRadix(trimmed.AsSpan(2), radix);
        }
        return
            IsDecimalLiteral(trimmed)
            && double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var result)
            ? result
            : double.NaN;
    }

    private static readonly char[] JsWhitespace =
    [
        ' ',
        '\t',
        '\n',
        '\v',
        '\f',
        '\r',
        '\u00A0',
        '\u1680',
        '\u2000',
        '\u2001',
        '\u2002',
        '\u2003',
        '\u2004',
        '\u2005',
        '\u2006',
        '\u2007',
        '\u2008',
        '\u2009',
        '\u200A',
        '\u2028',
        '\u2029',
        '\u202F',
        '\u205F',
        '\u3000',
        '\uFEFF',
    ];

    private static double ParseRadix(ReadOnlySpan<char> digits, int radix)
    {
        double result = 0;
        foreach (var c in digits)
        {
            var digit = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'a' and <= 'z' => c - 'a' + 10,
                >= 'A' and <= 'Z' => c - 'A' + 10,
                _ => int.MaxValue,
            };
            if (digit >= radix)
                return double.NaN;
            result = result * radix + digit;
        }
        return result;
    }

    /// <summary>ECMAScript's StrDecimalLiteral: sign, digits with an optional point, optional exponent.</summary>
    private static bool IsDecimalLiteral(string text)
    {
        var i = 0;
        if (text[i] is '+' or '-')
            i++;
        var digits = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
            digits++;
        }
        if (i < text.Length && text[i] == '.')
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
                digits++;
            }
        }
        if (digits == 0)
            return false;
        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '+' or '-')
                i++;
            var exponentDigits = 0;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
                exponentDigits++;
            }
            if (exponentDigits == 0)
                return false;
        }
        return i == text.Length;
    }

    /// <summary>graphql-js's <c>inspect()</c>: a short, JavaScript-flavoured rendering of any value.</summary>
    internal static string Inspect(object? value) => FormatValue(value, 0);

    private static string FormatValue(object? value, int depth)
    {
        switch (value)
        {
            case null:
                return "null";
            case string s:
                return JsonString(s);
            case bool b:
                return b ? "true" : "false";
            case char c:
                return JsonString(c.ToString());
            case Enum e:
                return JsonString(e.ToString());
        }
        switch (ClassifyNumber(value, out var integer, out var number))
        {
            case NumberKind.Integer:
                return integer.ToString(CultureInfo.InvariantCulture);
            case NumberKind.Double:
                return FormatNumber(number);
        }
        return value switch
        {
            IDictionary dictionary => FormatObject(dictionary, depth),
            IEnumerable enumerable => FormatArray(enumerable, depth),
            _ => value.ToString() ?? "null",
        };
    }

    private static string FormatObject(IDictionary dictionary, int depth)
    {
        if (dictionary.Count == 0)
            return "{}";
        if (depth + 1 > MaxRecursiveDepth)
            return "[Object]";
        var parts = new List<string>(dictionary.Count);
        foreach (DictionaryEntry entry in dictionary)
            parts.Add($"{entry.Key}: {FormatValue(entry.Value, depth + 1)}");
        return "{ " + string.Join(", ", parts) + " }";
    }

    private static string FormatArray(IEnumerable enumerable, int depth)
    {
        var items = enumerable.Cast<object?>().ToList();
        if (items.Count == 0)
            return "[]";
        if (depth + 1 > MaxRecursiveDepth)
            return "[Array]";
        var shown = Math.Min(MaxArrayLength, items.Count);
        var parts = new List<string>(shown + 1);
        for (var i = 0; i < shown; i++)
            parts.Add(FormatValue(items[i], depth + 1));
        var remaining = items.Count - shown;
        if (remaining == 1)
            parts.Add("... 1 more item");
        else if (remaining > 1)
            parts.Add($"... {remaining} more items");
        return "[" + string.Join(", ", parts) + "]";
    }

    /// <summary>JavaScript's <c>JSON.stringify</c> for a string.</summary>
    internal static string JsonString(string value)
    {
        var sb = new StringBuilder(value.Length + 2);
        sb.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"':
                    sb.Append("\\\"");
                    break;
                case '\\':
                    sb.Append("\\\\");
                    break;
                case '\b':
                    sb.Append("\\b");
                    break;
                case '\f':
                    sb.Append("\\f");
                    break;
                case '\n':
                    sb.Append("\\n");
                    break;
                case '\r':
                    sb.Append("\\r");
                    break;
                case '\t':
                    sb.Append("\\t");
                    break;
                default:
                    var loneSurrogate =
                        (
                            char.IsHighSurrogate(c)
                            && (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]))
                        ) || (char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(value[i - 1])));
                    if (c < 0x20 || loneSurrogate)
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else
                        sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
        return sb.ToString();
    }
}
