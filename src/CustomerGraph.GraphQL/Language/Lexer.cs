using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace CustomerGraph.GraphQL.Language;

/// <summary>
/// Reads the lexical tokens of spec section 2.1 straight from UTF-8 bytes, one at a time, skipping ignored
/// tokens. Nothing is allocated while scanning: names and numbers stay byte ranges until the parser asks for
/// their text, and only string tokens materialise their (unescaped) value. Columns count UTF-16 code units,
/// as graphql-js does, so locations agree with the reference implementation.
/// </summary>
internal ref struct Lexer
{
    /// <summary>Bytes a string scan must stop at: quote, backslash, line terminators and the start of non-ASCII.</summary>
    private static readonly SearchValues<byte> StringSpecialBytes = SearchValues.Create([
        (byte)'"',
        (byte)'\\',
        (byte)'\n',
        (byte)'\r',
        .. NonAsciiBytes(),
    ]);

    /// <summary>Bytes a comment scan must stop at: line terminators and the start of non-ASCII.</summary>
    private static readonly SearchValues<byte> CommentEndBytes = SearchValues.Create([
        (byte)'\n',
        (byte)'\r',
        .. NonAsciiBytes(),
    ]);

    private readonly ReadOnlySpan<byte> _source;
    private int _position;
    private int _line;
    private int _lineStart;

    /// <summary>Bytes on the current line (before the scan position) beyond the UTF-16 units they decode to.</summary>
    private int _lineExtraBytes;

    public Lexer(ReadOnlySpan<byte> source)
    {
        _source = source;
        _line = 1;
        Kind = TokenKind.StartOfFile;
        Line = 1;
        Column = 1;
    }

    public TokenKind Kind { get; private set; }

    /// <summary>Byte offset of the current token's first byte.</summary>
    public int Start { get; private set; }

    /// <summary>Byte offset just past the current token.</summary>
    public int End { get; private set; }

    public int Line { get; private set; }

    public int Column { get; private set; }

    /// <summary>The value of a String or BlockString token: escapes resolved, block indentation removed.</summary>
    public string? StringValue { get; private set; }

    public readonly ReadOnlySpan<byte> Source => _source;

    /// <summary>The raw bytes of the current token.</summary>
    public readonly ReadOnlySpan<byte> TokenBytes => _source[Start..End];

    /// <summary>Whether the current token is the name <paramref name="keyword"/>.</summary>
    public readonly bool IsKeyword(ReadOnlySpan<byte> keyword) =>
        Kind == TokenKind.Name && _source[Start..End].SequenceEqual(keyword);

    /// <summary>The text of a Name, Int or Float token, interned.</summary>
    public readonly string TokenText() => NameTable.Get(_source[Start..End]);

    /// <summary>The token's value as graphql-js reports it in messages: names, numbers and strings have one.</summary>
    public readonly string? TokenValue() =>
        Kind switch
        {
            TokenKind.Name or TokenKind.Int or TokenKind.Float => TokenText(),
            TokenKind.String or TokenKind.BlockString => StringValue,
            _ => null,
        };

    /// <summary>The token as graphql-js describes it in messages, e.g. <c>Name "foo"</c> or <c>"{"</c>.</summary>
    public readonly string Describe()
    {
        string kind = TokenKindText.Describe(Kind);
        string? value = TokenValue();
        return value is null ? kind : kind + " \"" + value + "\"";
    }

    /// <summary>Moves to the next token, skipping whitespace, line terminators, commas, comments and BOMs.</summary>
    public void Advance()
    {
        var source = _source;
        int position = _position;
        while (position < source.Length)
        {
            byte code = source[position];
            switch (code)
            {
                case (byte)' ':
                case (byte)'\t':
                case (byte)',':
                    position++;
                    continue;
                case (byte)'\n':
                    position++;
                    StartLine(position);
                    continue;
                case (byte)'\r':
                    position += position + 1 < source.Length && source[position + 1] == (byte)'\n' ? 2 : 1;
                    StartLine(position);
                    continue;
                case 0xEF when IsByteOrderMark(position):
                    position += 3;
                    _lineExtraBytes += 2;
                    continue;
                case (byte)'#':
                    position = SkipComment(position);
                    continue;
                case (byte)'!':
                    SetPunctuator(TokenKind.Bang, position, 1);
                    return;
                case (byte)'$':
                    SetPunctuator(TokenKind.Dollar, position, 1);
                    return;
                case (byte)'&':
                    SetPunctuator(TokenKind.Amp, position, 1);
                    return;
                case (byte)'(':
                    SetPunctuator(TokenKind.ParenL, position, 1);
                    return;
                case (byte)')':
                    SetPunctuator(TokenKind.ParenR, position, 1);
                    return;
                case (byte)'.':
                    if (CodeAt(position + 1) == '.')
                    {
                        if (CodeAt(position + 2) == '.')
                        {
                            SetPunctuator(TokenKind.Spread, position, 3);
                            return;
                        }
                        throw Error(position, "Unexpected \"..\", did you mean \"...\"?");
                    }
                    if (IsDigit(CodeAt(position + 1)))
                    {
                        int digitsEnd = ReadDigits(position + 1, CodeAt(position + 1));
                        string digits = Encoding.Latin1.GetString(source[(position + 1)..digitsEnd]);
                        throw Error(
                            position,
                            $"Invalid number, expected digit before \".\", did you mean \"0.{digits}\"?"
                        );
                    }
                    break;
                case (byte)':':
                    SetPunctuator(TokenKind.Colon, position, 1);
                    return;
                case (byte)'=':
                    SetPunctuator(TokenKind.Equals, position, 1);
                    return;
                case (byte)'@':
                    SetPunctuator(TokenKind.At, position, 1);
                    return;
                case (byte)'[':
                    SetPunctuator(TokenKind.BracketL, position, 1);
                    return;
                case (byte)']':
                    SetPunctuator(TokenKind.BracketR, position, 1);
                    return;
                case (byte)'{':
                    SetPunctuator(TokenKind.BraceL, position, 1);
                    return;
                case (byte)'|':
                    SetPunctuator(TokenKind.Pipe, position, 1);
                    return;
                case (byte)'}':
                    SetPunctuator(TokenKind.BraceR, position, 1);
                    return;
                case (byte)'"':
                    if (CodeAt(position + 1) == '"' && CodeAt(position + 2) == '"')
                    {
                        ReadBlockString(position);
                    }
                    else
                    {
                        ReadString(position);
                    }
                    return;
            }
            if (IsDigit(code) || code == (byte)'-')
            {
                ReadNumber(position, code);
                return;
            }
            if (IsNameStart(code))
            {
                ReadName(position);
                return;
            }
            throw UnexpectedCharacter(position);
        }
        _position = source.Length;
        SetToken(TokenKind.EndOfFile, source.Length, source.Length);
    }

    /// <summary>A syntax error at a byte offset of this source.</summary>
    public readonly Errors.GraphQLSyntaxException Error(
        int position,
        string description,
        Errors.SyntaxErrorKind kind = Errors.SyntaxErrorKind.Malformed
    ) => SyntaxError.At(_source, position, description, kind);

    private void StartLine(int position)
    {
        _line++;
        _lineStart = position;
        _lineExtraBytes = 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SetToken(TokenKind kind, int start, int end)
    {
        Kind = kind;
        Start = start;
        End = end;
        Line = _line;
        Column = 1 + start - _lineStart - _lineExtraBytes;
        StringValue = null;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SetPunctuator(TokenKind kind, int start, int length)
    {
        SetToken(kind, start, start + length);
        _position = start + length;
    }

    /// <summary>The byte at <paramref name="position"/>, or -1 past the end (like graphql-js's NaN).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly int CodeAt(int position) =>
        (uint)position < (uint)_source.Length ? _source[position] : -1;

    private readonly bool IsByteOrderMark(int position) =>
        CodeAt(position + 1) == 0xBB && CodeAt(position + 2) == 0xBF;

    private static bool IsDigit(int code) => (uint)(code - '0') <= 9;

    private static bool IsNameStart(int code) => (uint)((code | 0x20) - 'a') <= 'z' - 'a' || code == '_';

    private static bool IsNameContinue(int code) => IsNameStart(code) || IsDigit(code);

    /// <summary>Comment :: # CommentChar* — runs to the end of the line or to a byte that is not a source character.</summary>
    private int SkipComment(int start)
    {
        var source = _source;
        int position = start + 1;
        while (position < source.Length)
        {
            int offset = source[position..].IndexOfAny(CommentEndBytes);
            if (offset < 0)
            {
                return source.Length;
            }
            position += offset;
            if (source[position] is (byte)'\n' or (byte)'\r')
            {
                return position;
            }
            int length = ScalarLength(position, out int units);
            if (length == 0)
            {
                return position;
            }
            position += length;
            _lineExtraBytes += length - units;
        }
        return position;
    }

    private void ReadName(int start)
    {
        var source = _source;
        int position = start + 1;
        while (position < source.Length && IsNameContinue(source[position]))
        {
            position++;
        }
        SetToken(TokenKind.Name, start, position);
        _position = position;
    }

    /// <summary>IntValue and FloatValue, including every lookahead restriction of section 2.9.1 and 2.9.2.</summary>
    private void ReadNumber(int start, int firstCode)
    {
        int position = start;
        int code = firstCode;
        bool isFloat = false;
        if (code == '-')
        {
            code = CodeAt(++position);
        }
        if (code == '0')
        {
            code = CodeAt(++position);
            if (IsDigit(code))
            {
                throw Error(
                    position,
                    $"Invalid number, unexpected digit after 0: {DescribeCharacterAt(position)}."
                );
            }
        }
        else
        {
            position = ReadDigits(position, code);
            code = CodeAt(position);
        }
        if (code == '.')
        {
            isFloat = true;
            code = CodeAt(++position);
            position = ReadDigits(position, code);
            code = CodeAt(position);
        }
        if (code is 'e' or 'E')
        {
            isFloat = true;
            code = CodeAt(++position);
            if (code is '+' or '-')
            {
                code = CodeAt(++position);
            }
            position = ReadDigits(position, code);
            code = CodeAt(position);
        }
        if (code == '.' || IsNameStart(code))
        {
            throw Error(
                position,
                $"Invalid number, expected digit but got: {DescribeCharacterAt(position)}."
            );
        }
        SetToken(isFloat ? TokenKind.Float : TokenKind.Int, start, position);
        _position = position;
    }

    private readonly int ReadDigits(int start, int firstCode)
    {
        if (!IsDigit(firstCode))
        {
            throw Error(start, $"Invalid number, expected digit but got: {DescribeCharacterAt(start)}.");
        }
        int position = start + 1;
        while (IsDigit(CodeAt(position)))
        {
            position++;
        }
        return position;
    }

    /// <summary>A quoted string (section 2.9.4): escapes checked while scanning, value decoded once at the end.</summary>
    private void ReadString(int start)
    {
        var source = _source;
        int position = start + 1;
        int lineExtraBytes = _lineExtraBytes;
        bool hasEscapes = false;
        while (true)
        {
            int offset = source[position..].IndexOfAny(StringSpecialBytes);
            if (offset < 0)
            {
                throw Error(source.Length, "Unterminated string.");
            }
            position += offset;
            byte code = source[position];
            if (code == (byte)'"')
            {
                break;
            }
            if (code == (byte)'\\')
            {
                hasEscapes = true;
                position += ReadEscape(position, out _);
                continue;
            }
            if (code is (byte)'\n' or (byte)'\r')
            {
                throw Error(position, "Unterminated string.");
            }
            int length = ScalarLength(position, out int units);
            if (length == 0)
            {
                throw Error(position, $"Invalid character within String: {DescribeCharacterAt(position)}.");
            }
            position += length;
            lineExtraBytes += length - units;
        }
        SetToken(TokenKind.String, start, position + 1);
        _position = position + 1;
        _lineExtraBytes = lineExtraBytes;
        var content = source[(start + 1)..position];
        StringValue = hasEscapes ? Unescape(content, start + 1) : Encoding.UTF8.GetString(content);
    }

    /// <summary>Decodes an already validated string body whose escapes start at <paramref name="contentStart"/>.</summary>
    private readonly string Unescape(ReadOnlySpan<byte> content, int contentStart)
    {
        char[]? rented = null;
        Span<char> buffer =
            content.Length <= 256
                ? stackalloc char[256]
                : (rented = ArrayPool<char>.Shared.Rent(content.Length));
        int length = 0;
        int chunkStart = 0;
        int index = 0;
        while (index < content.Length)
        {
            int offset = content[index..].IndexOf((byte)'\\');
            if (offset < 0)
            {
                break;
            }
            index += offset;
            length += Encoding.UTF8.GetChars(content[chunkStart..index], buffer[length..]);
            index += ReadEscape(contentStart + index, out int codePoint);
            length += new Rune(codePoint).EncodeToUtf16(buffer[length..]);
            chunkStart = index;
        }
        length += Encoding.UTF8.GetChars(content[chunkStart..], buffer[length..]);
        string value = new(buffer[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }
        return value;
    }

    /// <summary>Reads the escape sequence at a backslash; returns its length in bytes and the code point it denotes.</summary>
    private readonly int ReadEscape(int position, out int codePoint)
    {
        int escaped = CodeAt(position + 1);
        if (escaped == 'u')
        {
            return CodeAt(position + 2) == '{'
                ? ReadVariableWidthUnicodeEscape(position, out codePoint)
                : ReadFixedWidthUnicodeEscape(position, out codePoint);
        }
        codePoint = escaped switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => -1,
        };
        if (codePoint < 0)
        {
            throw Error(position, $"Invalid character escape sequence: \"{SliceCharacters(position, 2)}\".");
        }
        return 2;
    }

    /// <summary><c>\u{HexDigit+}</c>: up to eight hex digits denoting a Unicode scalar value.</summary>
    private readonly int ReadVariableWidthUnicodeEscape(int position, out int codePoint)
    {
        int point = 0;
        int size = 3;
        while (size < 12)
        {
            int code = CodeAt(position + size++);
            if (code == '}')
            {
                if (size < 5 || !IsUnicodeScalarValue(point))
                {
                    break;
                }
                codePoint = point;
                return size;
            }
            point = (point << 4) | HexValue(code);
            if (point < 0)
            {
                break;
            }
        }
        throw Error(position, $"Invalid Unicode escape sequence: \"{SliceCharacters(position, size)}\".");
    }

    /// <summary><c>\uXXXX</c>, or a leading and trailing surrogate written as two such escapes.</summary>
    private readonly int ReadFixedWidthUnicodeEscape(int position, out int codePoint)
    {
        int code = Read16BitHex(position + 2);
        if (IsUnicodeScalarValue(code))
        {
            codePoint = code;
            return 6;
        }
        if (code is >= 0xD800 and <= 0xDBFF && CodeAt(position + 6) == '\\' && CodeAt(position + 7) == 'u')
        {
            int trailing = Read16BitHex(position + 8);
            if (trailing is >= 0xDC00 and <= 0xDFFF)
            {
                codePoint = 0x10000 + ((code - 0xD800) << 10) + (trailing - 0xDC00);
                return 12;
            }
        }
        throw Error(position, $"Invalid Unicode escape sequence: \"{SliceCharacters(position, 6)}\".");
    }

    private readonly int Read16BitHex(int position) =>
        (HexValue(CodeAt(position)) << 12)
        | (HexValue(CodeAt(position + 1)) << 8)
        | (HexValue(CodeAt(position + 2)) << 4)
        | HexValue(CodeAt(position + 3));

    private static int HexValue(int code) =>
        code switch
        {
            >= '0' and <= '9' => code - '0',
            >= 'A' and <= 'F' => code - 'A' + 10,
            >= 'a' and <= 'f' => code - 'a' + 10,
            _ => -1,
        };

    private static bool IsUnicodeScalarValue(int code) =>
        code is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    /// <summary>
    /// A block string (section 2.9.4): <c>\"""</c> is the only escape, line terminators are normalised and the
    /// value is BlockStringValue of the raw text.
    /// </summary>
    private void ReadBlockString(int start)
    {
        var source = _source;
        int position = start + 3;
        int lines = 1;
        int lineStart = _lineStart;
        int lineExtraBytes = _lineExtraBytes;
        bool hasEscapedQuotes = false;
        while (true)
        {
            int offset = source[position..].IndexOfAny(StringSpecialBytes);
            if (offset < 0)
            {
                throw Error(source.Length, "Unterminated string.");
            }
            position += offset;
            byte code = source[position];
            if (code == (byte)'"')
            {
                if (CodeAt(position + 1) == '"' && CodeAt(position + 2) == '"')
                {
                    break;
                }
                position++;
            }
            else if (code == (byte)'\\')
            {
                if (CodeAt(position + 1) == '"' && CodeAt(position + 2) == '"' && CodeAt(position + 3) == '"')
                {
                    hasEscapedQuotes = true;
                    position += 4;
                }
                else
                {
                    position++;
                }
            }
            else if (code is (byte)'\n' or (byte)'\r')
            {
                position += code == (byte)'\r' && CodeAt(position + 1) == '\n' ? 2 : 1;
                lines++;
                lineStart = position;
                lineExtraBytes = 0;
            }
            else
            {
                int length = ScalarLength(position, out int units);
                if (length == 0)
                {
                    throw Error(
                        position,
                        $"Invalid character within String: {DescribeCharacterAt(position)}."
                    );
                }
                position += length;
                lineExtraBytes += length - units;
            }
        }
        SetToken(TokenKind.BlockString, start, position + 3);
        _position = position + 3;
        _line += lines - 1;
        _lineStart = lineStart;
        _lineExtraBytes = lineExtraBytes;
        StringValue = BlockStringValue(source[(start + 3)..position], hasEscapedQuotes);
    }

    private static string BlockStringValue(ReadOnlySpan<byte> raw, bool hasEscapedQuotes)
    {
        char[]? rented = null;
        Span<char> buffer =
            raw.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(raw.Length));
        int length = Encoding.UTF8.GetChars(raw, buffer);
        var text = buffer[..length];
        if (hasEscapedQuotes)
        {
            length = RemoveQuoteEscapes(text);
            text = buffer[..length];
        }
        string value = BlockString.Dedent(text);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }
        return value;
    }

    /// <summary>Turns every <c>\"""</c> into <c>"""</c> in place; returns the new length.</summary>
    private static int RemoveQuoteEscapes(Span<char> text)
    {
        int write = 0;
        for (int read = 0; read < text.Length; read++)
        {
            if (
                text[read] == '\\'
                && read + 3 < text.Length
                && text[read + 1] == '"'
                && text[read + 2] == '"'
                && text[read + 3] == '"'
            )
            {
                continue;
            }
            text[write++] = text[read];
        }
        return write;
    }

    /// <summary>
    /// The byte length of the well-formed UTF-8 scalar value starting at a non-ASCII byte, with its UTF-16
    /// length in <paramref name="units"/>; 0 when the bytes are malformed or encode a surrogate.
    /// </summary>
    private readonly int ScalarLength(int position, out int units)
    {
        if (Rune.DecodeFromUtf8(_source[position..], out Rune rune, out int consumed) == OperationStatus.Done)
        {
            units = rune.Utf16SequenceLength;
            return consumed;
        }
        units = 0;
        return 0;
    }

    /// <summary>
    /// The character at <paramref name="position"/> as graphql-js prints it: <c>"a"</c> for printable ASCII,
    /// <c>U+XXXX</c> otherwise, <c>&lt;EOF&gt;</c> past the end. Bytes that encode a surrogate print as that
    /// surrogate; other malformed UTF-8 is named by its byte.
    /// </summary>
    private readonly string DescribeCharacterAt(int position)
    {
        int code = CodeAt(position);
        if (code < 0)
        {
            return "<EOF>";
        }
        if (code >= 0x80)
        {
            int scalar = DecodeForMessage(position);
            if (scalar < 0)
            {
                return "invalid UTF-8 byte 0x" + code.ToString("X2", CultureInfo.InvariantCulture);
            }
            code = scalar;
        }
        if (code is >= 0x20 and <= 0x7E)
        {
            return code == '"' ? "'\"'" : "\"" + (char)code + "\"";
        }
        return "U+" + code.ToString("X4", CultureInfo.InvariantCulture);
    }

    /// <summary>The scalar value or encoded surrogate at a non-ASCII byte, or -1 for malformed UTF-8.</summary>
    private readonly int DecodeForMessage(int position)
    {
        if (Rune.DecodeFromUtf8(_source[position..], out Rune rune, out _) == OperationStatus.Done)
        {
            return rune.Value;
        }
        int second = CodeAt(position + 1);
        int third = CodeAt(position + 2);
        if (_source[position] == 0xED && second is >= 0xA0 and <= 0xBF && third is >= 0x80 and <= 0xBF)
        {
            return 0xD000 | ((second & 0x3F) << 6) | (third & 0x3F);
        }
        return -1;
    }

    private readonly Errors.GraphQLSyntaxException UnexpectedCharacter(int position)
    {
        int code = _source[position];
        if (code == '\'')
        {
            return Error(
                position,
                "Unexpected single quote character ('), did you mean to use a double quote (\")?"
            );
        }
        bool isScalar = code < 0x80 || ScalarLength(position, out _) > 0;
        return Error(
            position,
            (isScalar ? "Unexpected character: " : "Invalid character: ")
                + DescribeCharacterAt(position)
                + "."
        );
    }

    /// <summary>
    /// The source text from <paramref name="position"/> spanning <paramref name="units"/> UTF-16 code units, for
    /// quoting a bad escape sequence exactly as graphql-js slices it (even half a surrogate pair).
    /// </summary>
    private readonly string SliceCharacters(int position, int units)
    {
        var slice = new StringBuilder(units);
        Span<char> pair = stackalloc char[2];
        while (slice.Length < units && position < _source.Length)
        {
            if (_source[position] < 0x80)
            {
                slice.Append((char)_source[position++]);
                continue;
            }
            if (
                Rune.DecodeFromUtf8(_source[position..], out Rune rune, out int consumed)
                == OperationStatus.Done
            )
            {
                int length = rune.EncodeToUtf16(pair);
                slice.Append(pair[..Math.Min(length, units - slice.Length)]);
                position += consumed;
                continue;
            }
            int surrogate = DecodeForMessage(position);
            slice.Append(surrogate < 0 ? '\uFFFD' : (char)surrogate);
            position += surrogate < 0 ? 1 : 3;
        }
        return slice.ToString();
    }

    private static IEnumerable<byte> NonAsciiBytes()
    {
        for (int code = 0x80; code <= 0xFF; code++)
        {
            yield return (byte)code;
        }
    }
}
