using System.Text;

namespace CustomerGraph.GraphQL.Tests.Language;

/// <summary>MaxTokens and MaxDepth: hostile documents end in a syntax error, never in a stack overflow.</summary>
public class ParserLimitTests
{
    [Fact]
    public void Documents_within_the_token_limit_parse()
    {
        // "{ a b c }" has five tokens.
        var document = Parser.Parse("{ a b c }", new ParserOptions { MaxTokens = 5 });
        Assert.Single(document.Definitions);
    }

    [Fact]
    public void Exceeding_the_token_limit_is_a_syntax_error_at_the_first_token_too_many()
    {
        SyntaxErrorTests.AssertSyntaxError(
            () => Parser.Parse("{ a b c }", new ParserOptions { MaxTokens = 4 }),
            "Syntax Error: Document contains more than 4 tokens. Parsing aborted.",
            1,
            9
        );
    }

    [Fact]
    public void Comments_do_not_count_as_tokens()
    {
        var document = Parser.Parse("# one\n# two\n{ a }", new ParserOptions { MaxTokens = 3 });
        Assert.Single(document.Definitions);
    }

    [Theory]
    [InlineData("{ a { b { c } } }", 3)]
    [InlineData("{ a(x: [[1]]) }", 3)]
    [InlineData("{ a(x: { b: { c: 1 } }) }", 3)]
    [InlineData("query ($v: [[Int]]) { a }", 3)]
    public void Nesting_up_to_the_depth_limit_parses(string source, int maxDepth)
    {
        var document = Parser.Parse(source, new ParserOptions { MaxDepth = maxDepth });
        Assert.Single(document.Definitions);
    }

    [Theory]
    [InlineData("{ a { b { c { d } } } }", 1, 13)]
    [InlineData("{ a(x: [[[1]]]) }", 1, 10)]
    [InlineData("{ a(x: { b: { c: { d: 1 } } }) }", 1, 18)]
    [InlineData("query ($v: [[[[Int]]]]) { a }", 1, 15)]
    public void Nesting_beyond_the_depth_limit_is_a_syntax_error(string source, int line, int column)
    {
        SyntaxErrorTests.AssertSyntaxError(
            () => Parser.Parse(source, new ParserOptions { MaxDepth = 3 }),
            "Syntax Error: Document nesting exceeds the maximum depth of 3. Parsing aborted.",
            line,
            column
        );
    }

    [Theory]
    [InlineData("{ a(x: ", "[", "")]
    [InlineData("{ a(x: ", "{ a: ", "")]
    [InlineData("", "{ a ", "")]
    [InlineData("query ($v: ", "[", "")]
    public void A_megabyte_of_nesting_is_a_syntax_error_not_a_crash(
        string prefix,
        string repeated,
        string suffix
    )
    {
        var source = new StringBuilder(prefix);
        while (source.Length < 1024 * 1024)
        {
            source.Append(repeated);
        }
        source.Append(suffix);
        var exception = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source.ToString()));
        Assert.Equal(
            "Syntax Error: Document nesting exceeds the maximum depth of 2000. Parsing aborted.",
            exception.Message
        );
    }

    [Fact]
    public void The_default_depth_limit_fits_in_a_small_thread_stack()
    {
        // 2000 nested selection sets, parsed on a thread with a 256 KB stack: the limit is reached or, failing
        // that, the stack guard turns the nesting into a syntax error; either way nothing overflows.
        var source = new StringBuilder();
        for (int i = 0; i < 1999; i++)
        {
            source.Append("{ a ");
        }
        source.Append("{ a }").Append('}', 1999);
        Exception? failure = null;
        DocumentNode? document = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    document = Parser.Parse(source.ToString());
                }
                catch (Exception exception)
                {
                    failure = exception;
                }
            },
            256 * 1024
        );
        thread.Start();
        thread.Join();
        Assert.True(document is not null || failure is GraphQLSyntaxException, failure?.ToString());
    }

    [Fact]
    public void The_default_depth_limit_allows_2000_levels()
    {
        var source = new StringBuilder();
        for (int i = 0; i < 1999; i++)
        {
            source.Append("{ a ");
        }
        source.Append("{ a }").Append('}', 1999);
        var document = Parser.Parse(source.ToString());
        Assert.Single(document.Definitions);
    }

    [Theory]
    [InlineData("{ a", SyntaxErrorKind.Malformed)]
    [InlineData("{ a(x: \"unterminated) }", SyntaxErrorKind.Malformed)]
    [InlineData("{ a b c d e f g h i j k l m n o p q r s t u v w x y z }", SyntaxErrorKind.TooManyTokens)]
    [InlineData("{ a(x: [[[[[[1]]]]]]) }", SyntaxErrorKind.TooDeep)]
    [InlineData("{ a { b { c { d { e { f } } } } } }", SyntaxErrorKind.TooDeep)]
    public void A_syntax_error_says_whether_the_source_is_malformed_or_past_a_limit(
        string source,
        SyntaxErrorKind kind
    )
    {
        var exception = Assert.Throws<GraphQLSyntaxException>(() =>
            Parser.Parse(source, new ParserOptions { MaxTokens = 20, MaxDepth = 4 })
        );
        Assert.Equal(kind, exception.Kind);
        Assert.Equal(ErrorCodes.SyntaxError, exception.Error.Code);
    }
}
