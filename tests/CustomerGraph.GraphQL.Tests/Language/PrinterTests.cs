namespace CustomerGraph.GraphQL.Tests.Language;

/// <summary>
/// The printer against graphql-js 17.1's <c>print()</c>: every expected text below is what graphql-js printed for
/// the same source, covering every node kind, descriptions, string and block string escaping, and the rules that
/// spread arguments, lists and objects over several lines past 80 characters.
/// </summary>
public class PrinterTests
{
    [Theory]
    [InlineData("{ a }", "{\n  a\n}")]
    [InlineData("query { a }", "{\n  a\n}")]
    [InlineData("query Q { a }", "query Q {\n  a\n}")]
    [InlineData(
        "query Q($a: Int = 1, $b: [String!]! @dir) @x { a(b: $a) @include(if: true) { ...F ... on T { c } ... @skip(if: false) { d } } }",
        "query Q($a: Int = 1, $b: [String!]! @dir) @x {\n  a(b: $a) @include(if: true) {\n    ...F\n    ... on T {\n      c\n    }\n    ... @skip(if: false) {\n      d\n    }\n  }\n}"
    )]
    [InlineData("fragment F on T @d @e { x: y }", "fragment F on T @d @e {\n  x: y\n}")]
    [InlineData("mutation M { a }", "mutation M {\n  a\n}")]
    [InlineData("subscription S { a }", "subscription S {\n  a\n}")]
    [InlineData("mutation { a }", "mutation {\n  a\n}")]
    [InlineData("query ($a: Int) { a }", "query ($a: Int) {\n  a\n}")]
    [InlineData("query @d { a }", "query @d {\n  a\n}")]
    [InlineData("\"desc\" query Q { a }", "\"desc\"\nquery Q {\n  a\n}")]
    [InlineData("\"desc\" query { a }", "\"desc\"\nquery {\n  a\n}")]
    [InlineData("\"\"\"block desc\"\"\" query Q { a }", "\"\"\"block desc\"\"\"\nquery Q {\n  a\n}")]
    [InlineData("\"desc\" fragment F on T { a }", "\"desc\"\nfragment F on T {\n  a\n}")]
    [InlineData("query (\"d\" $a: Int, $b: Int) { a }", "query (\n\"d\"\n$a: Int\n$b: Int\n) {\n  a\n}")]
    [InlineData(
        "query Q(\"\"\"multi\nline\"\"\" $a: Int, $b: Int = 2 @d) { a }",
        "query Q(\n\"\"\"\nmulti\nline\n\"\"\"\n$a: Int\n$b: Int = 2 @d\n) {\n  a\n}"
    )]
    [InlineData(
        "{ a(s: \"\\u0041\\u{1F600}\\uD83D\\uDE00\\\"\\\\\\/\\b\\f\\n\\r\\t\") }",
        "{\n  a(s: \"A😀😀\\\"\\\\/\\b\\f\\n\\r\\t\")\n}"
    )]
    [InlineData(
        "{ a(s: \"\u007F\u0080\u009F é\u0001\u000B\u001F\") }",
        "{\n  a(s: \"\\u007F\\u0080\\u009F é\\u0001\\u000B\\u001F\")\n}"
    )]
    [InlineData(
        "{ a(x: [1, 2.5, -3e10, \"s\", true, false, null, ENUM, {a: 1, b: [2]}]) }",
        "{\n  a(x: [1, 2.5, -3e10, \"s\", true, false, null, ENUM, { a: 1, b: [2] }])\n}"
    )]
    [InlineData(
        "{ a(x: \"\"\"  block\n    string\n  with indent  \"\"\") }",
        "{\n  a(x: \"\"\"\n    block\n    string\n  with indent  \n  \"\"\")\n}"
    )]
    [InlineData(
        "{ a(longArgumentNameNumberOne: \"aaaaaaaaaaaaaaaaaaaaa\", longArgumentNameNumberTwo: \"bbbbbbbbbbbbbbbbbbbbbbbb\") { b } }",
        "{\n  a(\n    longArgumentNameNumberOne: \"aaaaaaaaaaaaaaaaaaaaa\"\n    longArgumentNameNumberTwo: \"bbbbbbbbbbbbbbbbbbbbbbbb\"\n  ) {\n    b\n  }\n}"
    )]
    [InlineData(
        "{ a(longArgumentNameNumberOne: \"aaaaaaaaaaaaaaaaaaaaa\", longArgumentNameNumberTwo: \"bbbbbbbbbbbbbbbbbbbbbbbbb\") { b } }",
        "{\n  a(\n    longArgumentNameNumberOne: \"aaaaaaaaaaaaaaaaaaaaa\"\n    longArgumentNameNumberTwo: \"bbbbbbbbbbbbbbbbbbbbbbbbb\"\n  ) {\n    b\n  }\n}"
    )]
    [InlineData(
        "{ alias: a(longArgumentNameNumberOne: \"aaaaaaaaaaaaaaaaaaaaa\", longArgumentNameNumberTwo: \"bbbbbbbbbbbbbbbbbbb\") { b } }",
        "{\n  alias: a(\n    longArgumentNameNumberOne: \"aaaaaaaaaaaaaaaaaaaaa\"\n    longArgumentNameNumberTwo: \"bbbbbbbbbbbbbbbbbbb\"\n  ) {\n    b\n  }\n}"
    )]
    [InlineData(
        "{ a(x: [1111111111, 2222222222, 3333333333, 4444444444, 5555555555, 6666666666, 7777777777, 88888]) }",
        "{\n  a(\n    x: [\n      1111111111\n      2222222222\n      3333333333\n      4444444444\n      5555555555\n      6666666666\n      7777777777\n      88888\n    ]\n  )\n}"
    )]
    [InlineData(
        "{ a(x: [1111111111, 2222222222, 3333333333, 4444444444, 5555555555, 6666666666, 7777777777, 888888]) }",
        "{\n  a(\n    x: [\n      1111111111\n      2222222222\n      3333333333\n      4444444444\n      5555555555\n      6666666666\n      7777777777\n      888888\n    ]\n  )\n}"
    )]
    [InlineData(
        "{ a(x: {aaaaaaaaa: 1111111111, bbbbbbbbb: 2222222222, ccccccccc: 3333333333, dddddddd: 4444444}) }",
        "{\n  a(\n    x: {\n      aaaaaaaaa: 1111111111\n      bbbbbbbbb: 2222222222\n      ccccccccc: 3333333333\n      dddddddd: 4444444\n    }\n  )\n}"
    )]
    [InlineData(
        "{ a(x: {aaaaaaaaa: 1111111111, bbbbbbbbb: 2222222222, ccccccccc: 3333333333, dddddddd: 44444444}) }",
        "{\n  a(\n    x: {\n      aaaaaaaaa: 1111111111\n      bbbbbbbbb: 2222222222\n      ccccccccc: 3333333333\n      dddddddd: 44444444\n    }\n  )\n}"
    )]
    [InlineData(
        "{ f { g(x: {aaaaaaaaa: 1111111111, bbbbbbbbb: 2222222222, ccccccccc: 3333333333, dddddddd: [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27]}) } }",
        "{\n  f {\n    g(\n      x: {\n        aaaaaaaaa: 1111111111\n        bbbbbbbbb: 2222222222\n        ccccccccc: 3333333333\n        dddddddd: [\n          1\n          2\n          3\n          4\n          5\n          6\n          7\n          8\n          9\n          10\n          11\n          12\n          13\n          14\n          15\n          16\n          17\n          18\n          19\n          20\n          21\n          22\n          23\n          24\n          25\n          26\n          27\n        ]\n      }\n    )\n  }\n}"
    )]
    [InlineData(
        "{ a(x: \"\"\"multi\nline\"\"\", y: 1) }",
        "{\n  a(x: \"\"\"\n  multi\n  line\n  \"\"\", y: 1)\n}"
    )]
    [InlineData(
        "{ f { a(x: \"\"\"multi\n  line\n    more\"\"\") } }",
        "{\n  f {\n    a(x: \"\"\"\n    multi\n    line\n      more\n    \"\"\")\n  }\n}"
    )]
    [InlineData("{ a(x: [], y: {}) }", "{\n  a(x: [], y: {  })\n}")]
    [InlineData(
        "{ a @d(x: [1111111111, 2222222222, 3333333333, 4444444444, 5555555555, 6666666666, 7777777777, 888888]) }",
        "{\n  a @d(x: [\n    1111111111\n    2222222222\n    3333333333\n    4444444444\n    5555555555\n    6666666666\n    7777777777\n    888888\n  ])\n}"
    )]
    [InlineData(
        "schema { query: Q mutation: M subscription: S }",
        "schema {\n  query: Q\n  mutation: M\n  subscription: S\n}"
    )]
    [InlineData("\"desc\" schema @d { query: Q }", "\"desc\"\nschema @d {\n  query: Q\n}")]
    [InlineData("extend schema @d", "extend schema @d")]
    [InlineData("extend schema @d { subscription: S }", "extend schema @d {\n  subscription: S\n}")]
    [InlineData("scalar S", "scalar S")]
    [InlineData("\"d\" scalar S @specifiedBy(url: \"x\")", "\"d\"\nscalar S @specifiedBy(url: \"x\")")]
    [InlineData("extend scalar S @d", "extend scalar S @d")]
    [InlineData("type T", "type T")]
    [InlineData(
        "type T implements A & B @d { a: Int b(x: Int = 1 @d, y: [Int!]!): String! @deprecated(reason: \"no\") }",
        "type T implements A & B @d {\n  a: Int\n  b(x: Int = 1 @d, y: [Int!]!): String! @deprecated(reason: \"no\")\n}"
    )]
    [InlineData("type T implements & A & B { a: Int }", "type T implements A & B {\n  a: Int\n}")]
    [InlineData(
        "type T { \"fdesc\" a(\"adesc\" x: Int): Int }",
        "type T {\n  \"fdesc\"\n  a(\n    \"adesc\"\n    x: Int\n  ): Int\n}"
    )]
    [InlineData(
        "type T { a(\n\"\"\"\narg description\n\"\"\"\nx: Int, y: Int): Int }",
        "type T {\n  a(\n    \"\"\"arg description\"\"\"\n    x: Int\n    y: Int\n  ): Int\n}"
    )]
    [InlineData("extend type T implements C", "extend type T implements C")]
    [InlineData("extend type T @d", "extend type T @d")]
    [InlineData("extend type T { b: Int }", "extend type T {\n  b: Int\n}")]
    [InlineData(
        "interface I implements J & K @d { a: Int }",
        "interface I implements J & K @d {\n  a: Int\n}"
    )]
    [InlineData("interface I", "interface I")]
    [InlineData(
        "extend interface I implements J { b: Int }",
        "extend interface I implements J {\n  b: Int\n}"
    )]
    [InlineData("union U = A | B", "union U = A | B")]
    [InlineData("union U @d = | A | B", "union U @d = A | B")]
    [InlineData("union U", "union U")]
    [InlineData("extend union U = C", "extend union U = C")]
    [InlineData("extend union U @d", "extend union U @d")]
    [InlineData("enum E { A B @d \"desc\" C }", "enum E {\n  A\n  B @d\n  \"desc\"\n  C\n}")]
    [InlineData("enum E", "enum E")]
    [InlineData("extend enum E @d { D }", "extend enum E @d {\n  D\n}")]
    [InlineData(
        "input I { a: Int = 1 b: [String!] = [\"x\"] @d \"desc\" c: I = {a: 1} }",
        "input I {\n  a: Int = 1\n  b: [String!] = [\"x\"] @d\n  \"desc\"\n  c: I = { a: 1 }\n}"
    )]
    [InlineData("input I", "input I")]
    [InlineData("extend input I { c: Int }", "extend input I {\n  c: Int\n}")]
    [InlineData("extend input I @d", "extend input I @d")]
    [InlineData(
        "directive @d(a: Int) repeatable on FIELD | QUERY",
        "directive @d(a: Int) repeatable on FIELD | QUERY"
    )]
    [InlineData("directive @d on | FIELD", "directive @d on FIELD")]
    [InlineData(
        "\"desc\" directive @d(\"arg desc\" a: Int) on FIELD_DEFINITION | ARGUMENT_DEFINITION",
        "\"desc\"\ndirective @d(\n  \"arg desc\"\n  a: Int\n) on FIELD_DEFINITION | ARGUMENT_DEFINITION"
    )]
    [InlineData(
        "\"\"\"\nMulti-line\n  description\n\"\"\"\ntype T {\n  \"\"\"\n  Field desc\n  \"\"\"\n  f: Int\n  \"short\" g: Int\n}",
        "\"\"\"\nMulti-line\n  description\n\"\"\"\ntype T {\n  \"\"\"Field desc\"\"\"\n  f: Int\n  \"short\"\n  g: Int\n}"
    )]
    [InlineData("{ a } { b }", "{\n  a\n}\n\n{\n  b\n}")]
    [InlineData("query A { a } query B { b }", "query A {\n  a\n}\n\nquery B {\n  b\n}")]
    [InlineData("type A { a: Int } type B { b: Int }", "type A {\n  a: Int\n}\n\ntype B {\n  b: Int\n}")]
    [InlineData("{ alias: field(arg: $var) }", "{\n  alias: field(arg: $var)\n}")]
    [InlineData("{ ...on T { a } }", "{\n  ... on T {\n    a\n  }\n}")]
    [InlineData("{ ... { a } }", "{\n  ... {\n    a\n  }\n}")]
    [InlineData("{ ... @d { a } }", "{\n  ... @d {\n    a\n  }\n}")]
    [InlineData("{ a(x: \"\") }", "{\n  a(x: \"\")\n}")]
    [InlineData("{ a(x: \"\"\"\"\"\") }", "{\n  a(x: \"\"\"\"\"\")\n}")]
    [InlineData("{ a(x: \"\"\" \"\"\") }", "{\n  a(x: \"\"\"\"\"\")\n}")]
    [InlineData("{ a(x: \"\"\"a\"b\"\"\") }", "{\n  a(x: \"\"\"a\"b\"\"\")\n}")]
    [InlineData("{ a(x: \"\"\"a\\\"\"\"b\"\"\") }", "{\n  a(x: \"\"\"a\\\"\"\"b\"\"\")\n}")]
    [InlineData("{ a(x: \"\"\" leading space\"\"\") }", "{\n  a(x: \"\"\" leading space\"\"\")\n}")]
    [InlineData(
        "{ a(x: \"\"\"trailing quote\\\"\"\" \\\"\"\"\"\"\") }",
        "{\n  a(x: \"\"\"\n  trailing quote\\\"\"\" \\\"\"\"\n  \"\"\")\n}"
    )]
    [InlineData("{ a(x: \"trailing quote\\\"\") }", "{\n  a(x: \"trailing quote\\\"\")\n}")]
    [InlineData(
        "{ a(x: \"\"\"Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor\"\"\") }",
        "{\n  a(\n    x: \"\"\"\n    Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor\n    \"\"\"\n  )\n}"
    )]
    [InlineData(
        "{ a(x: \"\"\"Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod\"\"\") }",
        "{\n  a(\n    x: \"\"\"\n    Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod\n    \"\"\"\n  )\n}"
    )]
    [InlineData(
        "{ a(x: \"\"\"\n  first\n\n  second\n\"\"\") }",
        "{\n  a(x: \"\"\"\n  first\n  \n  second\n  \"\"\")\n}"
    )]
    [InlineData(
        "{ a(x: \"\"\"  indented first\n  second\"\"\") }",
        "{\n  a(x: \"\"\"\n    indented first\n  second\n  \"\"\")\n}"
    )]
    [InlineData(
        "{ f { g { h(x: \"\"\"\n  line one\n\n  line three\n\"\"\") } } }",
        "{\n  f {\n    g {\n      h(x: \"\"\"\n      line one\n      \n      line three\n      \"\"\")\n    }\n  }\n}"
    )]
    [InlineData(
        "{ a(x: 1.0e+5, y: 0, z: -0, w: 0.0, v: 1E-2) }",
        "{\n  a(x: 1.0e+5, y: 0, z: -0, w: 0.0, v: 1E-2)\n}"
    )]
    [InlineData("{ a(b: {c: {d: [{e: 1}]}}) }", "{\n  a(b: { c: { d: [{ e: 1 }] } })\n}")]
    [InlineData(
        "type T { f(a: Int, b: String = \"x\"): [T!]! }",
        "type T {\n  f(a: Int, b: String = \"x\"): [T!]!\n}"
    )]
    [InlineData("schema @a @b { query: Q }", "schema @a @b {\n  query: Q\n}")]
    [InlineData(
        "type T { f(\n  \"desc\" a: Int\n): Int }",
        "type T {\n  f(\n    \"desc\"\n    a: Int\n  ): Int\n}"
    )]
    [InlineData(
        "directive @d(\n  \"desc\" a: Int\n) on FIELD",
        "directive @d(\n  \"desc\"\n  a: Int\n) on FIELD"
    )]
    [InlineData(
        "query Q(\n  \"desc\" $a: Int = [1111111111, 2222222222, 3333333333, 4444444444, 5555555555, 6666666666, 7777777777, 888888]\n) { a }",
        "query Q(\n\"desc\"\n$a: Int = [\n  1111111111\n  2222222222\n  3333333333\n  4444444444\n  5555555555\n  6666666666\n  7777777777\n  888888\n]\n) {\n  a\n}"
    )]
    [InlineData(
        "{ a(x: [[1111111111, 2222222222, 3333333333], [4444444444, 5555555555, 6666666666, 7777777777, 888888]]) }",
        "{\n  a(\n    x: [\n      [1111111111, 2222222222, 3333333333]\n      [4444444444, 5555555555, 6666666666, 7777777777, 888888]\n    ]\n  )\n}"
    )]
    [InlineData(
        "{ a(x: {b: \"\"\"multi\nline\"\"\"}) }",
        "{\n  a(x: { b: \"\"\"\n  multi\n  line\n  \"\"\" })\n}"
    )]
    [InlineData("{ f(x: [\"\"\"a\nb\"\"\"]) }", "{\n  f(x: [\"\"\"\n  a\n  b\n  \"\"\"])\n}")]
    [InlineData(
        "type Q { f(a: I = {x: [1111111111, 2222222222, 3333333333, 4444444444, 5555555555, 6666666666, 7777]}): Int }",
        "type Q {\n  f(\n    a: I = {\n      x: [1111111111, 2222222222, 3333333333, 4444444444, 5555555555, 6666666666, 7777]\n    }\n  ): Int\n}"
    )]
    public void Documents_print_like_graphql_js(string source, string expected) =>
        Assert.Equal(expected, Printer.Print(Parser.Parse(source)));

    [Theory]
    [InlineData("[1, [2]]", "[1, [2]]")]
    [InlineData("{a: 1, b: {c: $v}}", "{ a: 1, b: { c: $v } }")]
    [InlineData("{}", "{  }")]
    [InlineData("[]", "[]")]
    [InlineData("\"s\"", "\"s\"")]
    [InlineData("\"\"\"b\"\"\"", "\"\"\"b\"\"\"")]
    [InlineData("$v", "$v")]
    [InlineData("null", "null")]
    [InlineData("1.5e3", "1.5e3")]
    public void Values_print_like_graphql_js(string source, string expected) =>
        Assert.Equal(expected, Printer.Print(Parser.ParseValue(source)));

    [Theory]
    [InlineData("Int", "Int")]
    [InlineData("[Int!]!", "[Int!]!")]
    [InlineData("[[Int]!]", "[[Int]!]")]
    public void Types_print_like_graphql_js(string source, string expected) =>
        Assert.Equal(expected, Printer.Print(Parser.ParseType(source)));
}
