namespace CustomerGraph.GraphQL.Tests.Language;

/// <summary>
/// Every syntax error the lexer and parser report, with graphql-js 17.1's message and location (columns in
/// UTF-16 code units). The expected values were produced by graphql-js itself.
/// </summary>
public class SyntaxErrorTests
{
    [Theory]
    [InlineData("{ a(x: 00) }", "Syntax Error: Invalid number, unexpected digit after 0: \"0\".", 1, 9)]
    [InlineData("{ a(x: 01) }", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 1, 9)]
    [InlineData("{ a(x: 0x1) }", "Syntax Error: Invalid number, expected digit but got: \"x\".", 1, 9)]
    [InlineData("{ a(x: 1.) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 10)]
    [InlineData(
        "{ a(x: .5) }",
        "Syntax Error: Invalid number, expected digit before \".\", did you mean \"0.5\"?",
        1,
        8
    )]
    [InlineData(
        "{ a(x: .123) }",
        "Syntax Error: Invalid number, expected digit before \".\", did you mean \"0.123\"?",
        1,
        8
    )]
    [InlineData("{ a(x: 1e) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 10)]
    [InlineData("{ a(x: 1e+) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 11)]
    [InlineData("{ a(x: 1.2.3) }", "Syntax Error: Invalid number, expected digit but got: \".\".", 1, 11)]
    [InlineData("{ a(x: 1a) }", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 9)]
    [InlineData("{ a(x: 1.5e5e) }", "Syntax Error: Invalid number, expected digit but got: \"e\".", 1, 13)]
    [InlineData("{ a(x: 1.5e5.1) }", "Syntax Error: Invalid number, expected digit but got: \".\".", 1, 13)]
    [InlineData("{ a(x: -) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 9)]
    [InlineData("{ a(x: -a) }", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 9)]
    [InlineData("{ a(x: 1_000) }", "Syntax Error: Invalid number, expected digit but got: \"_\".", 1, 9)]
    [InlineData("{ a(x: 1.e1) }", "Syntax Error: Invalid number, expected digit but got: \"e\".", 1, 10)]
    [InlineData("{ a(x: 12abc) }", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 10)]
    [InlineData("{ a(x: 1.0f) }", "Syntax Error: Invalid number, expected digit but got: \"f\".", 1, 11)]
    [InlineData("{ a(x: -0x) }", "Syntax Error: Invalid number, expected digit but got: \"x\".", 1, 10)]
    [InlineData("1", "Syntax Error: Unexpected Int \"1\".", 1, 1)]
    [InlineData("{ a(x: \"unterminated) }", "Syntax Error: Unterminated string.", 1, 24)]
    [InlineData("{ a(x: \"multi\nline\") }", "Syntax Error: Unterminated string.", 1, 14)]
    [InlineData("{ a(x: \"cr\rline\") }", "Syntax Error: Unterminated string.", 1, 11)]
    [InlineData("{ a(x: \"\"\"unterminated) }", "Syntax Error: Unterminated string.", 1, 26)]
    [InlineData("{ a(x: \"", "Syntax Error: Unterminated string.", 1, 9)]
    [InlineData("\"\"\"", "Syntax Error: Unterminated string.", 1, 4)]
    [InlineData("{ a(x: \"\\x\") }", "Syntax Error: Invalid character escape sequence: \"\\x\".", 1, 9)]
    [InlineData("{ a(x: \"\\u12\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u12\")\".", 1, 9)]
    [InlineData("{ a(x: \"\\u{}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{}\".", 1, 9)]
    [InlineData(
        "{ a(x: \"\\u{110000}\") }",
        "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".",
        1,
        9
    )]
    [InlineData(
        "{ a(x: \"\\u{D800}\") }",
        "Syntax Error: Invalid Unicode escape sequence: \"\\u{D800}\".",
        1,
        9
    )]
    [InlineData(
        "{ a(x: \"\\u{DFFF}\") }",
        "Syntax Error: Invalid Unicode escape sequence: \"\\u{DFFF}\".",
        1,
        9
    )]
    [InlineData("{ a(x: \"\\uD800\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uD800\".", 1, 9)]
    [InlineData("{ a(x: \"\\uDC00\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uDC00\".", 1, 9)]
    [InlineData(
        "{ a(x: \"\\uD800\\u0041\") }",
        "Syntax Error: Invalid Unicode escape sequence: \"\\uD800\".",
        1,
        9
    )]
    [InlineData(
        "{ a(x: \"\\uD800\\uD800\") }",
        "Syntax Error: Invalid Unicode escape sequence: \"\\uD800\".",
        1,
        9
    )]
    [InlineData(
        "{ a(x: \"\\u{123456789}\") }",
        "Syntax Error: Invalid Unicode escape sequence: \"\\u{123456789\".",
        1,
        9
    )]
    [InlineData(
        "{ a(x: \"\\u{000000041}\") }",
        "Syntax Error: Invalid Unicode escape sequence: \"\\u{000000041\".",
        1,
        9
    )]
    [InlineData("{ a(x: \"\\u{41\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{41\"\".", 1, 9)]
    [InlineData("{ a(x: \"\\uXYZW\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uXYZW\".", 1, 9)]
    [InlineData(
        "{ a(x: \"\\u{FFFFFFFF}\") }",
        "Syntax Error: Invalid Unicode escape sequence: \"\\u{FFFFFFFF\".",
        1,
        9
    )]
    [InlineData(
        "{ a(x: \"\\u{1F60G}\") }",
        "Syntax Error: Invalid Unicode escape sequence: \"\\u{1F60G\".",
        1,
        9
    )]
    [InlineData("{ a(x: \"\\') ", "Syntax Error: Invalid character escape sequence: \"\\'\".", 1, 9)]
    [InlineData(
        "{ a(x: 'single') }",
        "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?",
        1,
        8
    )]
    [InlineData("{ a .. }", "Syntax Error: Unexpected \"..\", did you mean \"...\"?", 1, 5)]
    [InlineData("{ a . }", "Syntax Error: Unexpected character: \".\".", 1, 5)]
    [InlineData("{ a ? }", "Syntax Error: Unexpected character: \"?\".", 1, 5)]
    [InlineData("{ a ~ }", "Syntax Error: Unexpected character: \"~\".", 1, 5)]
    [InlineData("{ a % }", "Syntax Error: Unexpected character: \"%\".", 1, 5)]
    [InlineData("{ a € }", "Syntax Error: Unexpected character: U+20AC.", 1, 5)]
    [InlineData("{ a é }", "Syntax Error: Unexpected character: U+00E9.", 1, 5)]
    [InlineData("{ a 😀 }", "Syntax Error: Unexpected character: U+1F600.", 1, 5)]
    [InlineData("{ a \u0007 }", "Syntax Error: Unexpected character: U+0007.", 1, 5)]
    [InlineData("{ a   }", "Syntax Error: Unexpected character: U+00A0.", 1, 5)]
    [InlineData("\"é\" ~", "Syntax Error: Unexpected character: \"~\".", 1, 5)]
    [InlineData("\"😀😀\" ~", "Syntax Error: Unexpected character: \"~\".", 1, 8)]
    [InlineData("# éé\n ~", "Syntax Error: Unexpected character: \"~\".", 2, 2)]
    [InlineData("\"\"\"é\néé\"\"\" ~", "Syntax Error: Unexpected character: \"~\".", 2, 7)]
    [InlineData("query {\r\n  a ~ }", "Syntax Error: Unexpected character: \"~\".", 2, 5)]
    [InlineData("query {\r  a ~ }", "Syntax Error: Unexpected character: \"~\".", 2, 5)]
    [InlineData("\uFEFF~", "Syntax Error: Unexpected character: \"~\".", 1, 2)]
    [InlineData("\uFEFF\uFEFF ~", "Syntax Error: Unexpected character: \"~\".", 1, 4)]
    [InlineData("", "Syntax Error: Unexpected <EOF>.", 1, 1)]
    [InlineData(" ", "Syntax Error: Unexpected <EOF>.", 1, 2)]
    [InlineData("# only a comment", "Syntax Error: Unexpected <EOF>.", 1, 17)]
    [InlineData("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ a", "Syntax Error: Expected Name, found <EOF>.", 1, 4)]
    [InlineData("{ a }}", "Syntax Error: Unexpected \"}\".", 1, 6)]
    [InlineData("{ a(", "Syntax Error: Expected Name, found <EOF>.", 1, 5)]
    [InlineData("{ a(b) }", "Syntax Error: Expected \":\", found \")\".", 1, 6)]
    [InlineData("{ a(b:) }", "Syntax Error: Unexpected \")\".", 1, 7)]
    [InlineData("{ a() }", "Syntax Error: Expected Name, found \")\".", 1, 5)]
    [InlineData("{ a: }", "Syntax Error: Expected Name, found \"}\".", 1, 6)]
    [InlineData("{ a: 1 }", "Syntax Error: Expected Name, found Int \"1\".", 1, 6)]
    [InlineData("query", "Syntax Error: Expected \"{\", found <EOF>.", 1, 6)]
    [InlineData("query Q", "Syntax Error: Expected \"{\", found <EOF>.", 1, 8)]
    [InlineData("query Q(", "Syntax Error: Expected \"$\", found <EOF>.", 1, 9)]
    [InlineData("query Q() { a }", "Syntax Error: Expected \"$\", found \")\".", 1, 9)]
    [InlineData("query Q($a) { a }", "Syntax Error: Expected \":\", found \")\".", 1, 11)]
    [InlineData("query Q($a: ) { a }", "Syntax Error: Expected Name, found \")\".", 1, 13)]
    [InlineData("query Q(a: Int) { a }", "Syntax Error: Expected \"$\", found Name \"a\".", 1, 9)]
    [InlineData("query Q($a: Int =) { a }", "Syntax Error: Unexpected \")\".", 1, 18)]
    [InlineData(
        "query Q($a: Int = $b) { a }",
        "Syntax Error: Unexpected variable \"$b\" in constant value.",
        1,
        19
    )]
    [InlineData(
        "query Q($a: [Int] = [1, $b]) { a }",
        "Syntax Error: Unexpected variable \"$b\" in constant value.",
        1,
        25
    )]
    [InlineData(
        "query Q($a: In = {a: $b}) { a }",
        "Syntax Error: Unexpected variable \"$b\" in constant value.",
        1,
        22
    )]
    [InlineData(
        "query Q($a: Int @d(x: $y)) { a }",
        "Syntax Error: Unexpected variable \"$y\" in constant value.",
        1,
        23
    )]
    [InlineData("query Q($a: Int = $) { a }", "Syntax Error: Unexpected \"$\".", 1, 19)]
    [InlineData("query Q($a: Int!!) { a }", "Syntax Error: Expected \"$\", found \"!\".", 1, 17)]
    [InlineData("query Q($a: [Int) { a }", "Syntax Error: Expected \"]\", found \")\".", 1, 17)]
    [InlineData("query Q($a: [[Int]) { a }", "Syntax Error: Expected \"]\", found \")\".", 1, 19)]
    [InlineData("foo { a }", "Syntax Error: Unexpected Name \"foo\".", 1, 1)]
    [InlineData("Query { a }", "Syntax Error: Unexpected Name \"Query\".", 1, 1)]
    [InlineData("subscription", "Syntax Error: Expected \"{\", found <EOF>.", 1, 13)]
    [InlineData("query query", "Syntax Error: Expected \"{\", found <EOF>.", 1, 12)]
    [InlineData("mutation M", "Syntax Error: Expected \"{\", found <EOF>.", 1, 11)]
    [InlineData("{ a(b: $) }", "Syntax Error: Expected Name, found \")\".", 1, 9)]
    [InlineData("{ a(b: $1) }", "Syntax Error: Expected Name, found Int \"1\".", 1, 9)]
    [InlineData("{ a @ }", "Syntax Error: Expected Name, found \"}\".", 1, 7)]
    [InlineData("{ a @d( }", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("{ a @d() }", "Syntax Error: Expected Name, found \")\".", 1, 8)]
    [InlineData("{ ... }", "Syntax Error: Expected \"{\", found \"}\".", 1, 7)]
    [InlineData("{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("{ ...on { a } }", "Syntax Error: Expected Name, found \"{\".", 1, 9)]
    [InlineData("{ ... on T }", "Syntax Error: Expected \"{\", found \"}\".", 1, 12)]
    [InlineData("{ ...F( }", "Syntax Error: Expected Name, found \"(\".", 1, 7)]
    [InlineData("fragment on on T { a }", "Syntax Error: Unexpected Name \"on\".", 1, 10)]
    [InlineData("fragment F on T", "Syntax Error: Expected \"{\", found <EOF>.", 1, 16)]
    [InlineData("fragment F T { a }", "Syntax Error: Expected \"on\", found Name \"T\".", 1, 12)]
    [InlineData("fragment F { a }", "Syntax Error: Expected \"on\", found \"{\".", 1, 12)]
    [InlineData("fragment F on { a }", "Syntax Error: Expected Name, found \"{\".", 1, 15)]
    [InlineData("fragment \"on\" on T { a }", "Syntax Error: Unexpected String \"on\".", 1, 10)]
    [InlineData("fragment", "Syntax Error: Expected Name, found <EOF>.", 1, 9)]
    [InlineData(
        "\"desc\" { a }",
        "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.",
        1,
        1
    )]
    [InlineData(
        "\"\"\"desc\"\"\" { a }",
        "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.",
        1,
        1
    )]
    [InlineData(
        "\"desc\" extend type T @d",
        "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.",
        1,
        1
    )]
    [InlineData(
        "\"desc\" foo",
        "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.",
        1,
        1
    )]
    [InlineData("\"desc\"", "Syntax Error: Unexpected <EOF>.", 1, 7)]
    [InlineData("\"desc\" \"again\" type T", "Syntax Error: Unexpected String \"again\".", 1, 8)]
    [InlineData("query Q { a } \"desc\"", "Syntax Error: Unexpected <EOF>.", 1, 21)]
    [InlineData("extend", "Syntax Error: Unexpected <EOF>.", 1, 7)]
    [InlineData("extend foo", "Syntax Error: Unexpected Name \"foo\".", 1, 8)]
    [InlineData("extend type T", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend type", "Syntax Error: Expected Name, found <EOF>.", 1, 12)]
    [InlineData("extend scalar S", "Syntax Error: Unexpected <EOF>.", 1, 16)]
    [InlineData("extend schema", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend schema {}", "Syntax Error: Expected Name, found \"}\".", 1, 16)]
    [InlineData("extend union U", "Syntax Error: Unexpected <EOF>.", 1, 15)]
    [InlineData("extend enum E", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend input I", "Syntax Error: Unexpected <EOF>.", 1, 15)]
    [InlineData("extend interface I", "Syntax Error: Unexpected <EOF>.", 1, 19)]
    [InlineData("extend type T implements", "Syntax Error: Expected Name, found <EOF>.", 1, 25)]
    [InlineData("extend type T {}", "Syntax Error: Expected Name, found \"}\".", 1, 16)]
    [InlineData("type", "Syntax Error: Expected Name, found <EOF>.", 1, 5)]
    [InlineData("type T {}", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("type T { }", "Syntax Error: Expected Name, found \"}\".", 1, 10)]
    [InlineData("type T { a }", "Syntax Error: Expected \":\", found \"}\".", 1, 12)]
    [InlineData("type T { a: }", "Syntax Error: Expected Name, found \"}\".", 1, 13)]
    [InlineData("type T { a() : Int }", "Syntax Error: Expected Name, found \")\".", 1, 12)]
    [InlineData("type T { a(): Int }", "Syntax Error: Expected Name, found \")\".", 1, 12)]
    [InlineData("type T { a(b): Int }", "Syntax Error: Expected \":\", found \")\".", 1, 13)]
    [InlineData("type T implements { a: Int }", "Syntax Error: Expected Name, found \"{\".", 1, 19)]
    [InlineData("type T implements A & { a: Int }", "Syntax Error: Expected Name, found \"{\".", 1, 23)]
    [InlineData("type T implements A, B { a: Int }", "Syntax Error: Unexpected Name \"B\".", 1, 22)]
    [InlineData("type T { a: Int = 1 }", "Syntax Error: Expected Name, found \"=\".", 1, 17)]
    [InlineData(
        "type T @d(x: $v) { a: Int }",
        "Syntax Error: Unexpected variable \"$v\" in constant value.",
        1,
        14
    )]
    [InlineData(
        "type T { a(x: Int = $v): Int }",
        "Syntax Error: Unexpected variable \"$v\" in constant value.",
        1,
        21
    )]
    [InlineData("interface I {}", "Syntax Error: Expected Name, found \"}\".", 1, 14)]
    [InlineData("interface I implements", "Syntax Error: Expected Name, found <EOF>.", 1, 23)]
    [InlineData("union U =", "Syntax Error: Expected Name, found <EOF>.", 1, 10)]
    [InlineData("union U = |", "Syntax Error: Expected Name, found <EOF>.", 1, 12)]
    [InlineData("union U = A |", "Syntax Error: Expected Name, found <EOF>.", 1, 14)]
    [InlineData("union U = A | | B", "Syntax Error: Expected Name, found \"|\".", 1, 15)]
    [InlineData("union U | A", "Syntax Error: Unexpected \"|\".", 1, 9)]
    [InlineData("enum E {}", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData(
        "enum E { true }",
        "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.",
        1,
        10
    )]
    [InlineData(
        "enum E { false }",
        "Syntax Error: Name \"false\" is reserved and cannot be used for an enum value.",
        1,
        10
    )]
    [InlineData(
        "enum E { null }",
        "Syntax Error: Name \"null\" is reserved and cannot be used for an enum value.",
        1,
        10
    )]
    [InlineData("enum E { \"true\" }", "Syntax Error: Expected Name, found \"}\".", 1, 17)]
    [InlineData("enum E { 1 }", "Syntax Error: Expected Name, found Int \"1\".", 1, 10)]
    [InlineData("enum E { A, B C,, }x", "Syntax Error: Unexpected Name \"x\".", 1, 20)]
    [InlineData("input I {}", "Syntax Error: Expected Name, found \"}\".", 1, 10)]
    [InlineData("input I { a }", "Syntax Error: Expected \":\", found \"}\".", 1, 13)]
    [InlineData("input I { a: Int = }", "Syntax Error: Unexpected \"}\".", 1, 20)]
    [InlineData("input I { a(x: Int): Int }", "Syntax Error: Expected \":\", found \"(\".", 1, 12)]
    [InlineData("scalar", "Syntax Error: Expected Name, found <EOF>.", 1, 7)]
    [InlineData("scalar 1", "Syntax Error: Expected Name, found Int \"1\".", 1, 8)]
    [InlineData(
        "scalar S @d(x: \"\\u{}\")",
        "Syntax Error: Invalid Unicode escape sequence: \"\\u{}\".",
        1,
        17
    )]
    [InlineData("schema", "Syntax Error: Expected \"{\", found <EOF>.", 1, 7)]
    [InlineData("schema {}", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("schema { query }", "Syntax Error: Expected \":\", found \"}\".", 1, 16)]
    [InlineData("schema { query: }", "Syntax Error: Expected Name, found \"}\".", 1, 17)]
    [InlineData("schema { foo: Q }", "Syntax Error: Unexpected Name \"foo\".", 1, 10)]
    [InlineData("schema { query: [Q] }", "Syntax Error: Expected Name, found \"[\".", 1, 17)]
    [InlineData("schema @d", "Syntax Error: Expected \"{\", found <EOF>.", 1, 10)]
    [InlineData("directive", "Syntax Error: Expected \"@\", found <EOF>.", 1, 10)]
    [InlineData("directive d on FIELD", "Syntax Error: Expected \"@\", found Name \"d\".", 1, 11)]
    [InlineData("directive @d", "Syntax Error: Expected \"on\", found <EOF>.", 1, 13)]
    [InlineData("directive @d on", "Syntax Error: Expected Name, found <EOF>.", 1, 16)]
    [InlineData("directive @d on FOO", "Syntax Error: Unexpected Name \"FOO\".", 1, 17)]
    [InlineData("directive @d on field", "Syntax Error: Unexpected Name \"field\".", 1, 17)]
    [InlineData("directive @d on FIELD |", "Syntax Error: Expected Name, found <EOF>.", 1, 24)]
    [InlineData("directive @d repeatable", "Syntax Error: Expected \"on\", found <EOF>.", 1, 24)]
    [InlineData(
        "directive @d repeatable FIELD",
        "Syntax Error: Expected \"on\", found Name \"FIELD\".",
        1,
        25
    )]
    [InlineData("directive @d on FIELD | | QUERY", "Syntax Error: Expected Name, found \"|\".", 1, 25)]
    [InlineData("directive @d(a) on FIELD", "Syntax Error: Expected \":\", found \")\".", 1, 15)]
    [InlineData("{ a(x: [1, 2) }", "Syntax Error: Unexpected \")\".", 1, 13)]
    [InlineData("{ a(x: {b: 1) }", "Syntax Error: Expected Name, found \")\".", 1, 13)]
    [InlineData("{ a(x: {b 1}) }", "Syntax Error: Expected \":\", found Int \"1\".", 1, 11)]
    [InlineData("{ a(x: {1: 1}) }", "Syntax Error: Expected Name, found Int \"1\".", 1, 9)]
    [InlineData("{ a(x: [}) }", "Syntax Error: Unexpected \"}\".", 1, 9)]
    [InlineData("{ a(x: ]) }", "Syntax Error: Unexpected \"]\".", 1, 8)]
    [InlineData("{ a(x: ) }", "Syntax Error: Unexpected \")\".", 1, 8)]
    [InlineData("{ a(x: :) }", "Syntax Error: Unexpected \":\".", 1, 8)]
    [InlineData("{ a(x: \"\"\"b\"\"\"\"\") }", "Syntax Error: Expected Name, found String \"\".", 1, 15)]
    [InlineData("{ a }\n\n\n  }", "Syntax Error: Unexpected \"}\".", 4, 3)]
    [InlineData("query Q {\n  a(x: {\n    y: [1, 2\n  })\n}", "Syntax Error: Unexpected \"}\".", 4, 3)]
    [InlineData("schema { subscr \u0007 }", "Syntax Error: Unexpected character: U+0007.", 1, 17)]
    [InlineData("schema { subscr }", "Syntax Error: Unexpected Name \"subscr\".", 1, 10)]
    public void Document_syntax_errors_match_graphql_js(
        string source,
        string message,
        int line,
        int column
    ) => AssertSyntaxError(() => Parser.Parse(source), message, line, column);

    [Theory]
    [InlineData("", "Syntax Error: Unexpected <EOF>.", 1, 1)]
    [InlineData("1 2", "Syntax Error: Expected <EOF>, found Int \"2\".", 1, 3)]
    [InlineData("[1,", "Syntax Error: Unexpected <EOF>.", 1, 4)]
    [InlineData("{a}", "Syntax Error: Expected \":\", found \"}\".", 1, 3)]
    [InlineData("{a:}", "Syntax Error: Unexpected \"}\".", 1, 4)]
    [InlineData("@", "Syntax Error: Unexpected \"@\".", 1, 1)]
    [InlineData("$", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("[1 2]]", "Syntax Error: Expected <EOF>, found \"]\".", 1, 6)]
    [InlineData("{ a: 1 } }", "Syntax Error: Expected <EOF>, found \"}\".", 1, 10)]
    public void Value_syntax_errors_match_graphql_js(string source, string message, int line, int column) =>
        AssertSyntaxError(() => Parser.ParseValue(source), message, line, column);

    [Theory]
    [InlineData("", "Syntax Error: Expected Name, found <EOF>.", 1, 1)]
    [InlineData("!", "Syntax Error: Expected Name, found \"!\".", 1, 1)]
    [InlineData("Int!!", "Syntax Error: Expected <EOF>, found \"!\".", 1, 5)]
    [InlineData("[Int", "Syntax Error: Expected \"]\", found <EOF>.", 1, 5)]
    [InlineData("[]", "Syntax Error: Expected Name, found \"]\".", 1, 2)]
    [InlineData("Int x", "Syntax Error: Expected <EOF>, found Name \"x\".", 1, 5)]
    [InlineData("[Int]]", "Syntax Error: Expected <EOF>, found \"]\".", 1, 6)]
    [InlineData("1", "Syntax Error: Expected Name, found Int \"1\".", 1, 1)]
    public void Type_syntax_errors_match_graphql_js(string source, string message, int line, int column) =>
        AssertSyntaxError(() => Parser.ParseType(source), message, line, column);

    public static TheoryData<string, string, int, int> LoneSurrogates =>
        new()
        {
            { "{ a " + '\uD800' + " }", "Syntax Error: Invalid character: U+D800.", 1, 5 },
            {
                "{ a(x: \"" + '\uD800' + "\") }",
                "Syntax Error: Invalid character within String: U+D800.",
                1,
                9
            },
            {
                "{ a(x: \"\"\"" + '\uDC00' + "\"\"\") }",
                "Syntax Error: Invalid character within String: U+DC00.",
                1,
                11
            },
            { "# c " + '\uD800' + "\n{ a }", "Syntax Error: Invalid character: U+D800.", 1, 5 },
            { "{ a " + '\uDE00' + '\uD83D' + " }", "Syntax Error: Invalid character: U+DE00.", 1, 5 },
            {
                "{ a(x: \"\\u" + '\uD800' + "]91\") }",
                "Syntax Error: Invalid Unicode escape sequence: \"\\u" + '\uD800' + "]91\".",
                1,
                9
            },
            {
                "{ a(x: \"\\u{\U0001F600}\") }",
                "Syntax Error: Invalid Unicode escape sequence: \"\\u{" + '\uD83D' + "\".",
                1,
                9
            },
        };

    /// <summary>Spec 2.1.1: an unpaired surrogate is not a source character, wherever it appears.</summary>
    [Theory]
    [MemberData(nameof(LoneSurrogates), DisableDiscoveryEnumeration = true)]
    public void Lone_surrogates_are_invalid_characters(string source, string message, int line, int column) =>
        AssertSyntaxError(() => Parser.Parse(source), message, line, column);

    /// <summary>
    /// Where graphql-js 17.1 accepts syntax the September 2025 specification does not have, the parser follows the
    /// specification: empty selection sets (SelectionSet : { Selection+ }), directive extensions, directives on
    /// directive definitions and the experimental FRAGMENT_VARIABLE_DEFINITION location.
    /// </summary>
    [Theory]
    [InlineData("{}", "Syntax Error: Expected Name, found \"}\".", 1, 2)]
    [InlineData("{ a { } }", "Syntax Error: Expected Name, found \"}\".", 1, 7)]
    [InlineData("extend directive @d @e", "Syntax Error: Unexpected Name \"directive\".", 1, 8)]
    [InlineData("directive @d(a: Int) @x on FIELD", "Syntax Error: Expected \"on\", found \"@\".", 1, 22)]
    [InlineData(
        "directive @d on FRAGMENT_VARIABLE_DEFINITION",
        "Syntax Error: Unexpected Name \"FRAGMENT_VARIABLE_DEFINITION\".",
        1,
        17
    )]
    public void Syntax_beyond_the_specification_is_rejected(
        string source,
        string message,
        int line,
        int column
    ) => AssertSyntaxError(() => Parser.Parse(source), message, line, column);

    [Theory]
    [InlineData(
        new byte[] { 0x7B, 0x20, 0x61, 0x20, 0xFF, 0x20, 0x7D },
        "Syntax Error: Invalid character: invalid UTF-8 byte 0xFF.",
        1,
        5
    )]
    [InlineData(
        new byte[] { 0x7B, 0x20, 0x61, 0x20, 0xC3, 0x7D },
        "Syntax Error: Invalid character: invalid UTF-8 byte 0xC3.",
        1,
        5
    )]
    [InlineData(
        new byte[] { 0x7B, 0x61, 0x28, 0x78, 0x3A, 0x22, 0xC3, 0x28, 0x22, 0x29, 0x7D },
        "Syntax Error: Invalid character within String: invalid UTF-8 byte 0xC3.",
        1,
        7
    )]
    [InlineData(
        new byte[]
        {
            0x7B,
            0x61,
            0x28,
            0x78,
            0x3A,
            0x22,
            0x22,
            0x22,
            0xE2,
            0x82,
            0x22,
            0x22,
            0x22,
            0x29,
            0x7D,
        },
        "Syntax Error: Invalid character within String: invalid UTF-8 byte 0xE2.",
        1,
        9
    )]
    [InlineData(
        new byte[] { 0x7B, 0x61, 0x28, 0x78, 0x3A, 0x22, 0xF0, 0x9F, 0x98, 0x22, 0x29, 0x7D },
        "Syntax Error: Invalid character within String: invalid UTF-8 byte 0xF0.",
        1,
        7
    )]
    [InlineData(
        new byte[] { 0x7B, 0x61, 0x28, 0x78, 0x3A, 0x22, 0xC0, 0x80, 0x22, 0x29, 0x7D },
        "Syntax Error: Invalid character within String: invalid UTF-8 byte 0xC0.",
        1,
        7
    )]
    [InlineData(
        new byte[] { 0x7B, 0x61, 0x28, 0x78, 0x3A, 0x22, 0xED, 0xA0, 0x80, 0x22, 0x29, 0x7D },
        "Syntax Error: Invalid character within String: U+D800.",
        1,
        7
    )]
    [InlineData(
        new byte[] { 0x23, 0x20, 0xFE, 0x0A, 0x7B, 0x20, 0x61, 0x20, 0x7D },
        "Syntax Error: Invalid character: invalid UTF-8 byte 0xFE.",
        1,
        3
    )]
    public void Malformed_utf8_is_rejected(byte[] source, string message, int line, int column) =>
        AssertSyntaxError(() => Parser.Parse(source), message, line, column);

    [Fact]
    public void Syntax_errors_carry_the_graphql_syntax_error_code()
    {
        var exception = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a"));
        Assert.Equal("GRAPHQL_SYNTAX_ERROR", exception.Error.Code);
        Assert.Equal(ErrorCodes.SyntaxError, exception.Error.Code);
        Assert.Equal(exception.Error.Message, exception.Message);
    }

    internal static void AssertSyntaxError(Action parse, string message, int line, int column)
    {
        var exception = Assert.Throws<GraphQLSyntaxException>(parse);
        Assert.Equal(message, exception.Error.Message);
        Assert.Equal([new SourceLocation(line, column)], exception.Error.Locations);
    }
}
