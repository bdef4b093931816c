using System.Buffers;
using System.Text;

namespace CustomerGraph.GraphQL.Language;

/// <summary>Block string rules: the value a block string denotes (spec 2.9.4 BlockStringValue) and how to print one.</summary>
public static class BlockString
{
    /// <summary>
    /// BlockStringValue(rawValue): splits at line terminators, removes the common indentation of all lines but
    /// the first, drops leading and trailing blank lines and joins the rest with \n.
    /// </summary>
    public static string Dedent(string rawValue) => Dedent(rawValue.AsSpan());

    /// <inheritdoc cref="Dedent(string)"/>
    public static string Dedent(ReadOnlySpan<char> rawValue)
    {
        int commonIndent = int.MaxValue;
        int firstNonBlankLine = -1;
        int lastNonBlankLine = -1;
        int lineIndex = 0;
        int position = 0;
        while (true)
        {
            int lineEnd = LineEnd(rawValue, position);
            var line = rawValue[position..lineEnd];
            int indent = LeadingWhitespace(line);
            if (indent < line.Length)
            {
                if (firstNonBlankLine < 0)
                {
                    firstNonBlankLine = lineIndex;
                }
                lastNonBlankLine = lineIndex;
                if (lineIndex != 0 && indent < commonIndent)
                {
                    commonIndent = indent;
                }
            }
            if (lineEnd == rawValue.Length)
            {
                break;
            }
            position = NextLineStart(rawValue, lineEnd);
            lineIndex++;
        }
        if (firstNonBlankLine < 0)
        {
            return string.Empty;
        }

        char[]? rented = null;
        Span<char> buffer =
            rawValue.Length <= 256
                ? stackalloc char[256]
                : (rented = ArrayPool<char>.Shared.Rent(rawValue.Length));
        int length = 0;
        lineIndex = 0;
        position = 0;
        while (lineIndex <= lastNonBlankLine)
        {
            int lineEnd = LineEnd(rawValue, position);
            if (lineIndex >= firstNonBlankLine)
            {
                var line = rawValue[position..lineEnd];
                if (lineIndex != 0)
                {
                    line = line[Math.Min(commonIndent, line.Length)..];
                }
                if (lineIndex > firstNonBlankLine)
                {
                    buffer[length++] = '\n';
                }
                line.CopyTo(buffer[length..]);
                length += line.Length;
            }
            if (lineEnd == rawValue.Length)
            {
                break;
            }
            position = NextLineStart(rawValue, lineEnd);
            lineIndex++;
        }
        string result = new(buffer[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }
        return result;
    }

    /// <summary>
    /// Whether <paramref name="value"/> survives a round trip through block string syntax unchanged (graphql-js's
    /// isPrintableAsBlockString): no control characters, no carriage returns, and nothing the dedent would strip.
    /// </summary>
    public static bool IsPrintable(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }
        bool isEmptyLine = true;
        bool hasIndent = false;
        bool hasCommonIndent = true;
        bool seenNonEmptyLine = false;
        foreach (char code in value)
        {
            switch (code)
            {
                case <= '\u0008' or '\u000B' or '\u000C' or '\u000E' or '\u000F' or '\r':
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false;
                    }
                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }
        if (isEmptyLine)
        {
            return false;
        }
        return !(hasCommonIndent && seenNonEmptyLine);
    }

    /// <summary>
    /// Prints <paramref name="value"/> as a block string the way graphql-js's printBlockString does: escapes
    /// <c>"""</c>, and spreads over several lines when the value has several lines, is long, or its first or last
    /// character would otherwise be misread.
    /// </summary>
    public static string Print(string value, bool minimize = false)
    {
        string escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        bool isSingleLine = true;
        bool forceLeadingNewLine = true;
        int position = 0;
        int lineEnd = LineEnd(escaped, position);
        while (lineEnd < escaped.Length)
        {
            isSingleLine = false;
            position = NextLineStart(escaped, lineEnd);
            if (
                position < escaped.Length
                && !IsWhiteSpace(escaped[position])
                && !IsLineTerminator(escaped[position])
            )
            {
                forceLeadingNewLine = false;
            }
            lineEnd = LineEnd(escaped, position);
        }
        forceLeadingNewLine &= !isSingleLine;

        bool hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        bool hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        bool hasTrailingSlash = value.EndsWith('\\');
        bool forceTrailingNewline = hasTrailingQuote || hasTrailingSlash;
        bool printAsMultipleLines =
            !minimize
            && (
                !isSingleLine
                || value.Length > 70
                || forceTrailingNewline
                || forceLeadingNewLine
                || hasTrailingTripleQuotes
            );
        bool skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);

        var result = new StringBuilder(escaped.Length + 8);
        result.Append("\"\"\"");
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            result.Append('\n');
        }
        result.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewline)
        {
            result.Append('\n');
        }
        result.Append("\"\"\"");
        return result.ToString();
    }

    private static bool IsWhiteSpace(char code) => code is ' ' or '\t';

    private static bool IsLineTerminator(char code) => code is '\n' or '\r';

    private static int LeadingWhitespace(ReadOnlySpan<char> line)
    {
        int count = 0;
        while (count < line.Length && IsWhiteSpace(line[count]))
        {
            count++;
        }
        return count;
    }

    /// <summary>The index of the line terminator ending the line that starts at <paramref name="start"/>, or the length.</summary>
    private static int LineEnd(ReadOnlySpan<char> text, int start)
    {
        int index = text[start..].IndexOfAny('\n', '\r');
        return index < 0 ? text.Length : start + index;
    }

    /// <summary>Where the next line starts, given the index of a line terminator (\r\n counts as one).</summary>
    private static int NextLineStart(ReadOnlySpan<char> text, int lineEnd) =>
        text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n'
            ? lineEnd + 2
            : lineEnd + 1;
}
