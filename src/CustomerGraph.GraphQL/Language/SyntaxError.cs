using System.Buffers;
using System.Text;
using CustomerGraph.GraphQL.Errors;

namespace CustomerGraph.GraphQL.Language;

/// <summary>Builds the parser's <see cref="GraphQLSyntaxException"/>s with graphql-js's wording and locations.</summary>
internal static class SyntaxError
{
    public static GraphQLSyntaxException At(
        ReadOnlySpan<byte> source,
        int position,
        string description,
        SyntaxErrorKind kind = SyntaxErrorKind.Malformed
    )
    {
        var (line, column) = LineAndColumn(source, position);
        var error = new GraphQLError(
            "Syntax Error: " + description,
            [new SourceLocation(line, column)],
            ErrorCodes.SyntaxError
        );
        return new GraphQLSyntaxException(error, kind);
    }

    /// <summary>
    /// The 1-based line and column of a byte offset. Lines end at \r\n, \n or \r; columns count UTF-16 code
    /// units like graphql-js, so a location reads the same whichever engine reports it.
    /// </summary>
    public static (int Line, int Column) LineAndColumn(ReadOnlySpan<byte> source, int position)
    {
        int line = 1;
        int lineStart = 0;
        int end = Math.Min(position, source.Length);
        for (int i = 0; i < end; i++)
        {
            byte code = source[i];
            if (code == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (code == (byte)'\r')
            {
                line++;
                if (i + 1 < source.Length && source[i + 1] == (byte)'\n')
                {
                    i++;
                }
                lineStart = i + 1;
            }
        }
        return (line, 1 + Utf16Length(source, lineStart, position));
    }

    /// <summary>How many UTF-16 code units the bytes between two offsets decode to; malformed bytes count one each.</summary>
    private static int Utf16Length(ReadOnlySpan<byte> source, int start, int end)
    {
        int units = 0;
        int position = start;
        end = Math.Min(end, source.Length);
        while (position < end)
        {
            if (source[position] < 0x80)
            {
                units++;
                position++;
                continue;
            }
            if (
                Rune.DecodeFromUtf8(source[position..], out Rune rune, out int consumed)
                == OperationStatus.Done
            )
            {
                units += rune.Utf16SequenceLength;
                position += consumed;
            }
            else
            {
                units++;
                position++;
            }
        }
        return units;
    }
}
