using System.Buffers;
using System.Text;

namespace CustomerGraph.GraphQL.Language;

/// <summary>
/// Prints a string value as a quoted GraphQL string the way graphql-js's printString does: escapes the quote, the
/// backslash and the control characters U+0000–U+001F and U+007F–U+009F, and leaves everything else as it is.
/// </summary>
public static class StringPrinter
{
    private static readonly SearchValues<char> CharactersToEscape = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F"
            + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"
            + "\"\\\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F"
            + "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F"
    );

    /// <summary>The quoted, escaped form of <paramref name="value"/>.</summary>
    public static string Print(string value)
    {
        int first = value.AsSpan().IndexOfAny(CharactersToEscape);
        if (first < 0)
        {
            return string.Concat("\"", value, "\"");
        }
        var text = new StringBuilder(value.Length + 8).Append('"').Append(value, 0, first);
        for (int i = first; i < value.Length; i++)
        {
            char code = value[i];
            switch (code)
            {
                case '"':
                    text.Append("\\\"");
                    break;
                case '\\':
                    text.Append("\\\\");
                    break;
                case '\b':
                    text.Append("\\b");
                    break;
                case '\t':
                    text.Append("\\t");
                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                case '\f':
                    text.Append("\\f");
                    break;
                case '\r':
                    text.Append("\\r");
                    break;
                case < '\u0020' or (>= '\u007F' and <= '\u009F'):
                    text.Append("\\u")
                        .Append(
                            ((int)code).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)
                        );
                    break;
                default:
                    text.Append(code);
                    break;
            }
        }
        return text.Append('"').ToString();
    }
}
