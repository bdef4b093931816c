using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace CustomerGraph.GraphQL.Language;

/// <summary>
/// Parses GraphQL source (spec section 2, appendix C) into the syntax tree. Errors are thrown as
/// <see cref="Errors.GraphQLSyntaxException"/> with graphql-js's messages and locations.
/// </summary>
public static class Parser
{
    private static readonly ParserOptions DefaultOptions = new();

    /// <summary>Parses a document: executable definitions, type-system definitions and extensions.</summary>
    public static DocumentNode Parse(string source, ParserOptions? options = null)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(source.Length));
        try
        {
            int length = EncodeUtf8(source, buffer);
            return Parse(buffer.AsSpan(0, length), options);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Parses a document given as UTF-8 bytes; node locations are byte offsets into it.</summary>
    public static DocumentNode Parse(ReadOnlySpan<byte> utf8Source, ParserOptions? options = null)
    {
        var parser = new RecursiveDescentParser(utf8Source, options ?? DefaultOptions);
        try
        {
            return parser.ParseDocument();
        }
        finally
        {
            parser.Dispose();
        }
    }

    /// <summary>Parses a single input value, e.g. <c>[1, "two", { three: THREE }]</c>; variables are allowed.</summary>
    public static ValueNode ParseValue(string source) =>
        ParseFragment(source, static (ref RecursiveDescentParser parser) => parser.ParseStandaloneValue());

    /// <summary>Parses a type reference, e.g. <c>[String!]!</c>.</summary>
    public static TypeNode ParseType(string source) =>
        ParseFragment(source, static (ref RecursiveDescentParser parser) => parser.ParseStandaloneType());

    private delegate T ParseFunction<T>(ref RecursiveDescentParser parser);

    private static T ParseFragment<T>(string source, ParseFunction<T> parse)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(source.Length));
        var parser = new RecursiveDescentParser(buffer.AsSpan(0, EncodeUtf8(source, buffer)), DefaultOptions);
        try
        {
            return parse(ref parser);
        }
        finally
        {
            parser.Dispose();
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// UTF-16 to UTF-8 with the vectorised transcoder. A lone surrogate is not replaced but written as its
    /// three-byte pattern, which the lexer then rejects as <c>Invalid character: U+D800.</c> like graphql-js.
    /// </summary>
    private static int EncodeUtf8(string source, byte[] buffer)
    {
        var input = source.AsSpan();
        var output = buffer.AsSpan();
        int written = 0;
        while (true)
        {
            var status = Utf8.FromUtf16(
                input,
                output[written..],
                out int charsRead,
                out int bytesWritten,
                replaceInvalidSequences: false
            );
            written += bytesWritten;
            if (status != OperationStatus.InvalidData)
            {
                return written;
            }
            char surrogate = input[charsRead];
            output[written++] = (byte)(0xE0 | (surrogate >> 12));
            output[written++] = (byte)(0x80 | ((surrogate >> 6) & 0x3F));
            output[written++] = (byte)(0x80 | (surrogate & 0x3F));
            input = input[(charsRead + 1)..];
        }
    }
}
