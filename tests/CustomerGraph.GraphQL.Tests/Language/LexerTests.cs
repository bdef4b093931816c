using System.Text;

namespace CustomerGraph.GraphQL.Tests.Language;

/// <summary>The lexical grammar of spec section 2.1, token by token.</summary>
public class LexerTests
{
    private sealed record Token(TokenKind Kind, int Start, int End, int Line, int Column, string? Value);

    private static List<Token> Lex(string source) => Lex(Encoding.UTF8.GetBytes(source));

    private static List<Token> Lex(byte[] source)
    {
        var tokens = new List<Token>();
        var lexer = new Lexer(source);
        while (true)
        {
            lexer.Advance();
            tokens.Add(
                new Token(lexer.Kind, lexer.Start, lexer.End, lexer.Line, lexer.Column, lexer.TokenValue())
            );
            if (lexer.Kind == TokenKind.EndOfFile)
            {
                return tokens;
            }
        }
    }

    private static Token Single(string source)
    {
        var tokens = Lex(source);
        Assert.Equal(2, tokens.Count);
        return tokens[0];
    }

    [Theory]
    [InlineData("!", nameof(TokenKind.Bang))]
    [InlineData("$", nameof(TokenKind.Dollar))]
    [InlineData("&", nameof(TokenKind.Amp))]
    [InlineData("(", nameof(TokenKind.ParenL))]
    [InlineData(")", nameof(TokenKind.ParenR))]
    [InlineData("...", nameof(TokenKind.Spread))]
    [InlineData(":", nameof(TokenKind.Colon))]
    [InlineData("=", nameof(TokenKind.Equals))]
    [InlineData("@", nameof(TokenKind.At))]
    [InlineData("[", nameof(TokenKind.BracketL))]
    [InlineData("]", nameof(TokenKind.BracketR))]
    [InlineData("{", nameof(TokenKind.BraceL))]
    [InlineData("|", nameof(TokenKind.Pipe))]
    [InlineData("}", nameof(TokenKind.BraceR))]
    public void Punctuators_are_single_tokens(string source, string kindName)
    {
        var kind = Enum.Parse<TokenKind>(kindName);
        var token = Single(source);
        Assert.Equal(new Token(kind, 0, source.Length, 1, 1, null), token);
    }

    [Theory]
    [InlineData("simple")]
    [InlineData("_underscore")]
    [InlineData("__typename")]
    [InlineData("camelCase123")]
    [InlineData("ALL_CAPS_9")]
    [InlineData("_")]
    [InlineData("a")]
    public void Names_are_letters_digits_and_underscores(string name)
    {
        Assert.Equal(new Token(TokenKind.Name, 0, name.Length, 1, 1, name), Single(name));
    }

    [Theory]
    [InlineData("0", nameof(TokenKind.Int))]
    [InlineData("-0", nameof(TokenKind.Int))]
    [InlineData("4", nameof(TokenKind.Int))]
    [InlineData("-4", nameof(TokenKind.Int))]
    [InlineData("9876543210123456789", nameof(TokenKind.Int))]
    [InlineData("4.123", nameof(TokenKind.Float))]
    [InlineData("-4.123", nameof(TokenKind.Float))]
    [InlineData("0.123", nameof(TokenKind.Float))]
    [InlineData("123e4", nameof(TokenKind.Float))]
    [InlineData("123E4", nameof(TokenKind.Float))]
    [InlineData("123e-4", nameof(TokenKind.Float))]
    [InlineData("123e+4", nameof(TokenKind.Float))]
    [InlineData("-1.123e4", nameof(TokenKind.Float))]
    [InlineData("-1.123E-4", nameof(TokenKind.Float))]
    [InlineData("-1.123e+4567", nameof(TokenKind.Float))]
    [InlineData("0e0", nameof(TokenKind.Float))]
    public void Numbers_keep_their_source_text(string source, string kindName)
    {
        var kind = Enum.Parse<TokenKind>(kindName);
        Assert.Equal(new Token(kind, 0, source.Length, 1, 1, source), Single(source));
    }

    [Theory]
    [InlineData("\"\"", "")]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\"", "escaped \n\r\b\t\f")]
    [InlineData("\"slashes \\\\ \\/\"", "slashes \\ /")]
    [InlineData("\"unescaped unicode outside BMP \U0001f600\"", "unescaped unicode outside BMP \U0001f600")]
    [InlineData(
        "\"unescaped maximal unicode outside BMP \U0010ffff\"",
        "unescaped maximal unicode outside BMP \U0010ffff"
    )]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"unicode \\u{1234}\\u{5678}\\u{90AB}\\u{CDEF}\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData(
        "\"string with unicode escape outside BMP \\u{1F600}\"",
        "string with unicode escape outside BMP \U0001f600"
    )]
    [InlineData("\"string with minimal unicode escape \\u{0}\"", "string with minimal unicode escape \u0000")]
    [InlineData(
        "\"string with maximal unicode escape \\u{10FFFF}\"",
        "string with maximal unicode escape \U0010ffff"
    )]
    [InlineData(
        "\"string with maximal minimal unicode escape \\u{00000000}\"",
        "string with maximal minimal unicode escape \u0000"
    )]
    [InlineData(
        "\"string with unicode surrogate pair escape \\uD83D\\uDE00\"",
        "string with unicode surrogate pair escape \U0001f600"
    )]
    [InlineData(
        "\"string with minimal surrogate pair escape \\uD800\\uDC00\"",
        "string with minimal surrogate pair escape \U00010000"
    )]
    [InlineData(
        "\"string with maximal surrogate pair escape \\uDBFF\\uDFFF\"",
        "string with maximal surrogate pair escape \U0010ffff"
    )]
    [InlineData("\"lower case hex \\u00e9\\u{00e9}\"", "lower case hex \u00e9\u00e9")]
    [InlineData(
        "\"control characters \u0000\u0007\t are source characters\"",
        "control characters \u0000\u0007\t are source characters"
    )]
    [InlineData(
        "\"mixed \\\" \u00e9 \\u00e9 \U0001f600 \\u{1F600}\"",
        "mixed \" \u00e9 \u00e9 \U0001f600 \U0001f600"
    )]
    public void Strings_resolve_every_escape_form(string source, string value)
    {
        var token = Single(source);
        Assert.Equal(TokenKind.String, token.Kind);
        Assert.Equal(value, token.Value);
    }

    [Theory]
    [InlineData("\"\"\"\"\"\"", "")]
    [InlineData("\"\"\"simple\"\"\"", "simple")]
    [InlineData("\"\"\" white space \"\"\"", " white space ")]
    [InlineData("\"\"\"contains \" quote\"\"\"", "contains \" quote")]
    [InlineData("\"\"\"contains \\\"\"\" triple quote\"\"\"", "contains \"\"\" triple quote")]
    [InlineData("\"\"\"multi\nline\"\"\"", "multi\nline")]
    [InlineData("\"\"\"multi\rline\r\nnormalized\"\"\"", "multi\nline\nnormalized")]
    [InlineData("\"\"\"unescaped \\n\\r\\b\\t\\f\\u1234\"\"\"", "unescaped \\n\\r\\b\\t\\f\\u1234")]
    [InlineData(
        "\"\"\"unescaped unicode outside BMP \U0001f600\"\"\"",
        "unescaped unicode outside BMP \U0001f600"
    )]
    [InlineData("\"\"\"slashes \\\\ \\/\"\"\"", "slashes \\\\ \\/")]
    [InlineData(
        "\"\"\"\n\n        spans\n          multiple\n            lines\n\n        \"\"\"",
        "spans\n  multiple\n    lines"
    )]
    [InlineData("\"\"\"\\\"\"\"\"\"\"", "\"\"\"")]
    [InlineData("\"\"\"a\\\"\"\"\"\"\"", "a\"\"\"")]
    public void Block_strings_keep_escapes_literal_except_escaped_triple_quotes(string source, string value)
    {
        var token = Single(source);
        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.Equal(value, token.Value);
    }

    [Fact]
    public void Ignored_tokens_are_skipped()
    {
        var tokens = Lex("\uFEFF \t,,\n  # comment, with \u00e9 and \u0007\r\n,a");
        Assert.Equal(new Token(TokenKind.Name, 37, 38, 3, 2, "a"), tokens[0]);
    }

    [Theory]
    [InlineData("a\nb", 2, 1)]
    [InlineData("a\rb", 2, 1)]
    [InlineData("a\r\nb", 2, 1)]
    [InlineData("a\n\rb", 3, 1)]
    [InlineData("a\r\n\r\nb", 3, 1)]
    [InlineData("a\n\n\n   b", 4, 4)]
    [InlineData("a # comment\n b", 2, 2)]
    [InlineData("\"\"\"\n\n\"\"\" b", 3, 5)]
    [InlineData("\"\"\"\r\n\r\n\"\"\" b", 3, 5)]
    [InlineData("\"\"\"x\r\ny\"\"\"\r\n b", 3, 2)]
    public void Line_terminators_advance_the_line(string source, int line, int column)
    {
        var token = Lex(source)[1];
        Assert.Equal((line, column), (token.Line, token.Column));
    }

    /// <summary>graphql-js counts columns in UTF-16 code units; a location must read the same in both engines.</summary>
    [Theory]
    [InlineData("\"\u00e9\" b", 1, 5, 5)]
    [InlineData("\"\u20ac\" b", 1, 5, 6)]
    [InlineData("\"\U0001f600\" b", 1, 6, 7)]
    [InlineData("\"\\u00e9\" b", 1, 10, 9)]
    [InlineData("# \u00e9\U0001f600\n  b", 2, 3, 11)]
    [InlineData("\uFEFF b", 1, 3, 4)]
    [InlineData("\"\"\"\u00e9\n\u00e9\u00e9\"\"\" b", 2, 7, 14)]
    [InlineData("\"\"\"\u00e9\u00e9\u00e9\"\"\" b", 1, 11, 13)]
    public void Columns_count_utf16_code_units_while_offsets_count_bytes(
        string source,
        int line,
        int column,
        int start
    )
    {
        var token = Lex(source)[^2];
        Assert.Equal((line, column, start), (token.Line, token.Column, token.Start));
    }

    [Fact]
    public void Tokens_carry_byte_ranges()
    {
        var tokens = Lex("query Q($v: [Int!] = 1.5) { f(a: \"s\", b: \"\"\"x\"\"\") ...F }");
        Assert.Equal(
            [
                new Token(TokenKind.Name, 0, 5, 1, 1, "query"),
                new Token(TokenKind.Name, 6, 7, 1, 7, "Q"),
                new Token(TokenKind.ParenL, 7, 8, 1, 8, null),
                new Token(TokenKind.Dollar, 8, 9, 1, 9, null),
                new Token(TokenKind.Name, 9, 10, 1, 10, "v"),
                new Token(TokenKind.Colon, 10, 11, 1, 11, null),
                new Token(TokenKind.BracketL, 12, 13, 1, 13, null),
                new Token(TokenKind.Name, 13, 16, 1, 14, "Int"),
                new Token(TokenKind.Bang, 16, 17, 1, 17, null),
                new Token(TokenKind.BracketR, 17, 18, 1, 18, null),
                new Token(TokenKind.Equals, 19, 20, 1, 20, null),
                new Token(TokenKind.Float, 21, 24, 1, 22, "1.5"),
                new Token(TokenKind.ParenR, 24, 25, 1, 25, null),
                new Token(TokenKind.BraceL, 26, 27, 1, 27, null),
                new Token(TokenKind.Name, 28, 29, 1, 29, "f"),
                new Token(TokenKind.ParenL, 29, 30, 1, 30, null),
                new Token(TokenKind.Name, 30, 31, 1, 31, "a"),
                new Token(TokenKind.Colon, 31, 32, 1, 32, null),
                new Token(TokenKind.String, 33, 36, 1, 34, "s"),
                new Token(TokenKind.Name, 38, 39, 1, 39, "b"),
                new Token(TokenKind.Colon, 39, 40, 1, 40, null),
                new Token(TokenKind.BlockString, 41, 48, 1, 42, "x"),
                new Token(TokenKind.ParenR, 48, 49, 1, 49, null),
                new Token(TokenKind.Spread, 50, 53, 1, 51, null),
                new Token(TokenKind.Name, 53, 54, 1, 54, "F"),
                new Token(TokenKind.BraceR, 55, 56, 1, 56, null),
                new Token(TokenKind.EndOfFile, 56, 56, 1, 57, null),
            ],
            tokens
        );
    }

    /// <summary>Spec 2.1.8: a lexical token is only valid if not followed by a character in its lookahead restriction.</summary>
    [Theory]
    [InlineData("a-1", "Name a", "Int -1")]
    [InlineData("1,2", "Int 1", "Int 2")]
    [InlineData("...a", "Spread", "Name a")]
    [InlineData("\"a\"\"b\"", "String a", "String b")]
    [InlineData("1 .5", null, null)]
    public void Adjacent_tokens_split_where_the_grammar_allows(string source, string? first, string? second)
    {
        if (first is null)
        {
            Assert.Throws<Errors.GraphQLSyntaxException>(() => Lex(source));
            return;
        }
        var tokens = Lex(source);
        Assert.Equal(first, Describe(tokens[0]));
        Assert.Equal(second, Describe(tokens[1]));
    }

    private static string Describe(Token token) =>
        token.Value is null ? token.Kind.ToString() : token.Kind + " " + token.Value;

    [Fact]
    public void End_of_file_repeats()
    {
        var lexer = new Lexer("a"u8);
        lexer.Advance();
        lexer.Advance();
        lexer.Advance();
        Assert.Equal(TokenKind.EndOfFile, lexer.Kind);
        Assert.Equal(1, lexer.Start);
    }
}
