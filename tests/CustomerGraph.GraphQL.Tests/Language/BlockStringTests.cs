namespace CustomerGraph.GraphQL.Tests.Language;

/// <summary>
/// Spec 2.9.4 BlockStringValue, and block string printing as graphql-js 17.1's printBlockString and
/// isPrintableAsBlockString do it (expected values produced by graphql-js).
/// </summary>
public class BlockStringTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("\n", "")]
    [InlineData("  \n  \n", "")]
    [InlineData("single line", "single line")]
    [InlineData("  leading spaces", "  leading spaces")]
    [InlineData("\n  indented\n  lines\n", "indented\nlines")]
    [InlineData(
        "\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  ",
        "Hello,\n  World!\n\nYours,\n  GraphQL."
    )]
    [InlineData("first\n  second\n    third", "first\nsecond\n  third")]
    [InlineData("  first\n    second\n      third", "  first\nsecond\n  third")]
    [InlineData("\n\n  a\n\n  b\n\n", "a\n\nb")]
    [InlineData("\ta\n\t\tb\n\t", "\ta\nb")]
    [InlineData("a\r\n  b\r  c", "a\nb\nc")]
    [InlineData("\n  \t mixed\n  \t  tabs\n", "mixed\n tabs")]
    [InlineData("   \n  x\n     \n", "x")]
    [InlineData("x\n  \n    y", "x\n\ny")]
    public void Block_strings_strip_common_indentation_and_blank_edge_lines(string raw, string value) =>
        Assert.Equal(value, BlockString.Dedent(raw));

    /// <summary>The example of spec 2.9.4: the value of the block string equals the quoted string beside it.</summary>
    [Fact]
    public void The_spec_example_block_string_equals_its_quoted_counterpart()
    {
        var block = Parser.ParseValue(
            "\"\"\"\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\""
        );
        var quoted = Parser.ParseValue("\"Hello,\\n  World!\\n\\nYours,\\n  GraphQL.\"");
        Assert.Equal(
            Assert.IsType<StringValueNode>(quoted).Value,
            Assert.IsType<StringValueNode>(block).Value
        );
    }

    [Theory]
    [InlineData("", "\"\"\"\"\"\"", "\"\"\"\"\"\"")]
    [InlineData("simple", "\"\"\"simple\"\"\"", "\"\"\"simple\"\"\"")]
    [InlineData(" leading space", "\"\"\" leading space\"\"\"", "\"\"\" leading space\"\"\"")]
    [InlineData("\tleading tab", "\"\"\"\tleading tab\"\"\"", "\"\"\"\tleading tab\"\"\"")]
    [InlineData("trailing space ", "\"\"\"trailing space \"\"\"", "\"\"\"trailing space \"\"\"")]
    [InlineData("ends with \"", "\"\"\"\nends with \"\n\"\"\"", "\"\"\"ends with \"\n\"\"\"")]
    [InlineData("ends with \\", "\"\"\"\nends with \\\n\"\"\"", "\"\"\"ends with \\\n\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"", "\"\"\"has \\\"\"\" inside\"\"\"")]
    [InlineData("ends with \"\"\"", "\"\"\"\nends with \\\"\"\"\n\"\"\"", "\"\"\"ends with \\\"\"\"\"\"\"")]
    [InlineData("multi\nline", "\"\"\"\nmulti\nline\n\"\"\"", "\"\"\"multi\nline\"\"\"")]
    [InlineData("multi\n  indented", "\"\"\"\nmulti\n  indented\n\"\"\"", "\"\"\"\nmulti\n  indented\"\"\"")]
    [InlineData(
        "\n  starts with newline",
        "\"\"\"\n\n  starts with newline\n\"\"\"",
        "\"\"\"\n\n  starts with newline\"\"\""
    )]
    [InlineData("  \n  x", "\"\"\"\n  \n  x\n\"\"\"", "\"\"\"\n  \n  x\"\"\"")]
    [InlineData(
        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "\"\"\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"\"\"",
        "\"\"\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"\"\""
    )]
    [InlineData(
        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "\"\"\"\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n\"\"\"",
        "\"\"\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"\"\""
    )]
    [InlineData(
        "first line\n\nafter blank",
        "\"\"\"\nfirst line\n\nafter blank\n\"\"\"",
        "\"\"\"first line\n\nafter blank\"\"\""
    )]
    [InlineData(" single spaced", "\"\"\" single spaced\"\"\"", "\"\"\" single spaced\"\"\"")]
    [InlineData("a\r\nb", "\"\"\"\na\r\nb\n\"\"\"", "\"\"\"a\r\nb\"\"\"")]
    [InlineData("\"\"\"", "\"\"\"\n\\\"\"\"\n\"\"\"", "\"\"\"\\\"\"\"\"\"\"")]
    [InlineData("\\\"\"\"", "\"\"\"\n\\\\\"\"\"\n\"\"\"", "\"\"\"\\\\\"\"\"\"\"\"")]
    public void Block_strings_print_like_graphql_js(string value, string printed, string minimized)
    {
        Assert.Equal(printed, BlockString.Print(value));
        Assert.Equal(minimized, BlockString.Print(value, minimize: true));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("x", true)]
    [InlineData("\nx", false)]
    [InlineData("x\n", false)]
    [InlineData(" x", true)]
    [InlineData("  x\n  y", false)]
    [InlineData("x\n  y", true)]
    [InlineData("a\u0001", false)]
    [InlineData("a\tb", true)]
    [InlineData("a\rb", false)]
    [InlineData("\u000E", false)]
    [InlineData("\u001F", true)]
    [InlineData("a\n\nb", true)]
    [InlineData(" \n x", false)]
    [InlineData("x\n ", false)]
    [InlineData("tab\tinside", true)]
    public void Printability_as_block_string_matches_graphql_js(string value, bool printable) =>
        Assert.Equal(printable, BlockString.IsPrintable(value));

    [Theory]
    [InlineData("simple")]
    [InlineData("multi\nline")]
    [InlineData("  indented first\nsecond")]
    [InlineData("with \"\"\" quotes")]
    [InlineData("ends with \"")]
    [InlineData("ends with \\")]
    [InlineData("ends with \"\"\"")]
    [InlineData("a\n\n  b")]
    public void Printed_block_strings_read_back_as_the_same_value(string value)
    {
        var parsed = Assert.IsType<StringValueNode>(Parser.ParseValue(BlockString.Print(value)));
        Assert.True(parsed.Block);
        Assert.Equal(value, parsed.Value);
    }
}
