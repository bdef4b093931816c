namespace CustomerGraph.GraphQL.Tests.Types;

/// <summary>SchemaPrinter against graphql-js 17.1's printSchema(buildSchema(sdl)); expectations produced by graphql-js.</summary>
public sealed class SchemaPrinterTests
{
    public static TheoryData<string, string, string> Schemas =>
        new()
        {
            {
                "Types_in_source_order_without_built_ins",
                """
                    type Query { b: B, a: A }
                    scalar Date
                    type B { s: String }
                    type A { d: Date, id: ID! }
                    """,
                """
                    type Query {
                      b: B
                      a: A
                    }

                    scalar Date

                    type B {
                      s: String
                    }

                    type A {
                      d: Date
                      id: ID!
                    }
                    """
            },
            {
                "Default_root_names_omit_the_schema_definition",
                """
                    type Query { a: Int }
                    type Mutation { b: Int }
                    type Subscription { c: Int }
                    """,
                """
                    type Query {
                      a: Int
                    }

                    type Mutation {
                      b: Int
                    }

                    type Subscription {
                      c: Int
                    }
                    """
            },
            {
                "Custom_root_names_print_the_schema_definition",
                """
                    schema { query: Root mutation: Change }
                    type Root { a: Int }
                    type Change { b: Int }
                    """,
                """
                    schema {
                      query: Root
                      mutation: Change
                    }

                    type Root {
                      a: Int
                    }

                    type Change {
                      b: Int
                    }
                    """
            },
            {
                "Schema_description_prints_the_schema_definition",
                """"
                    """The API"""
                    schema { query: Query }
                    type Query { a: Int }
                    """",
                """"
                    """The API"""
                    schema {
                      query: Query
                    }

                    type Query {
                      a: Int
                    }
                    """"
            },
            {
                "Query_named_type_not_used_as_root",
                """
                    schema { query: Root }
                    type Root { a: Int }
                    type Query { b: Int }
                    """,
                """
                    schema {
                      query: Root
                    }

                    type Root {
                      a: Int
                    }

                    type Query {
                      b: Int
                    }
                    """
            },
            {
                "Descriptions_as_block_or_quoted_strings",
                """"
                    "Single line"
                    type Query {
                      "Field description"
                      a: Int
                      """
                      Multi-line
                      description
                      """
                      b: Int
                      " leading space"
                      c: Int
                      "ends with quote\""
                      d: Int
                      "has \"\"\" triple"
                      e: Int
                      "control \u0001 char"
                      f: Int
                      "trailing backslash\\"
                      g: Int
                      "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
                      h: Int
                      "line\r\nbreaks"
                      i: Int
                      ""
                      j: Int
                    }
                    """",
                """""""
                    """Single line"""
                    type Query {
                      """Field description"""
                      a: Int

                      """
                      Multi-line
                      description
                      """
                      b: Int

                      """ leading space"""
                      c: Int

                      """
                      ends with quote"
                      """
                      d: Int

                      """has \""" triple"""
                      e: Int

                      "control \u0001 char"
                      f: Int

                      """
                      trailing backslash\
                      """
                      g: Int

                      """
                      xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
                      """
                      h: Int

                      "line\r\nbreaks"
                      i: Int

                      """"""
                      j: Int
                    }
                    """""""
            },
            {
                "Arguments_with_and_without_descriptions",
                """
                    type Query {
                      a(x: Int, y: [String!]! = ["a", "b"]): Int
                      b(
                        "The x"
                        x: Int = 1
                        y: Int
                        "Multi\nline"
                        z: Boolean = false
                      ): Int
                    }
                    directive @d(
                      "An arg"
                      a: Int
                    ) on FIELD
                    """,
                """"
                    directive @d(
                      """An arg"""
                      a: Int
                    ) on FIELD

                    type Query {
                      a(x: Int, y: [String!]! = ["a", "b"]): Int
                      b(
                        """The x"""
                        x: Int = 1
                        y: Int

                        """
                        Multi
                        line
                        """
                        z: Boolean = false
                      ): Int
                    }
                    """"
            },
            {
                "Default_values_of_every_kind",
                """"
                    enum E { A B }
                    input In { a: Int = -1 b: [E!] = [A, B] c: In f: Float = 1.5e3 s: String = "q\"uote" n: Int = null }
                    type Query { f(a: In = { a: 2, b: A, c: { s: """block""" } }, b: [[Float]] = 1, c: ID = 12, d: String = null, e: E = B): Int }
                    """",
                """"
                    enum E {
                      A
                      B
                    }

                    input In {
                      a: Int = -1
                      b: [E!] = [A, B]
                      c: In
                      f: Float = 1.5e3
                      s: String = "q\"uote"
                      n: Int = null
                    }

                    type Query {
                      f(a: In = { a: 2, b: A, c: { s: """block""" } }, b: [[Float]] = 1, c: ID = 12, d: String = null, e: E = B): Int
                    }
                    """"
            },
            {
                "Deprecations_with_default_and_custom_reasons",
                """"
                    type Query {
                      a: Int @deprecated
                      b: Int @deprecated(reason: "No longer supported")
                      c(x: Int @deprecated(reason: "Use y")): Int @deprecated(reason: """Use "d" instead""")
                    }
                    enum E { A @deprecated B @deprecated(reason: "") }
                    input I { f: Int @deprecated(reason: "old") }
                    """",
                """
                    type Query {
                      a: Int @deprecated
                      b: Int @deprecated
                      c(x: Int @deprecated(reason: "Use y")): Int @deprecated(reason: "Use \"d\" instead")
                    }

                    enum E {
                      A @deprecated
                      B @deprecated(reason: "")
                    }

                    input I {
                      f: Int @deprecated(reason: "old")
                    }
                    """
            },
            {
                "Specified_by_and_oneOf",
                """
                    type Query { a(i: I): U }
                    scalar U @specifiedBy(url: "https://example.com/u")
                    input I @oneOf { a: Int b: String }
                    """,
                """
                    type Query {
                      a(i: I): U
                    }

                    scalar U @specifiedBy(url: "https://example.com/u")

                    input I @oneOf {
                      a: Int
                      b: String
                    }
                    """
            },
            {
                "Directive_definitions_in_source_order_before_types",
                """
                    type Query { a: Int }
                    "Tags things"
                    directive @tag(name: String!) repeatable on OBJECT | FIELD_DEFINITION | INTERFACE
                    directive @auth on FIELD_DEFINITION
                    """,
                """"
                    """Tags things"""
                    directive @tag(name: String!) repeatable on OBJECT | FIELD_DEFINITION | INTERFACE

                    directive @auth on FIELD_DEFINITION

                    type Query {
                      a: Int
                    }
                    """"
            },
            {
                "Interfaces_unions_and_enums",
                """
                    interface Node { id: ID! }
                    interface Named implements Node { id: ID! name: String }
                    type User implements Named & Node { id: ID! name: String }
                    type Bot implements Node { id: ID! }
                    union Actor = User | Bot
                    enum Role {
                      "Can do anything"
                      ADMIN
                      USER
                    }
                    type Query { actor: Actor, role: Role }
                    """,
                """"
                    interface Node {
                      id: ID!
                    }

                    interface Named implements Node {
                      id: ID!
                      name: String
                    }

                    type User implements Named & Node {
                      id: ID!
                      name: String
                    }

                    type Bot implements Node {
                      id: ID!
                    }

                    union Actor = User | Bot

                    enum Role {
                      """Can do anything"""
                      ADMIN
                      USER
                    }

                    type Query {
                      actor: Actor
                      role: Role
                    }
                    """"
            },
            {
                "Extensions_merged_into_their_types",
                """
                    extend type Query { b: String }
                    type Query { a: Int }
                    extend type Query implements Node { id: ID! other: Int }
                    interface Node { id: ID! }
                    extend interface Node { other: Int }
                    type Query2 implements Node { id: ID! other: Int }
                    enum E { A }
                    extend enum E { B }
                    union U = Query
                    extend union U = Query2
                    input I { a: Int }
                    extend input I { b: Int }
                    scalar S
                    extend scalar S @specifiedBy(url: "https://s")
                    extend schema { mutation: M }
                    type M { m: Int }
                    """,
                """
                    schema {
                      query: Query
                      mutation: M
                    }

                    type Query implements Node {
                      a: Int
                      b: String
                      id: ID!
                      other: Int
                    }

                    interface Node {
                      id: ID!
                      other: Int
                    }

                    type Query2 implements Node {
                      id: ID!
                      other: Int
                    }

                    enum E {
                      A
                      B
                    }

                    union U = Query | Query2

                    input I {
                      a: Int
                      b: Int
                    }

                    scalar S @specifiedBy(url: "https://s")

                    type M {
                      m: Int
                    }
                    """
            },
            {
                "Extensions_of_the_schema_definition",
                """
                    schema { query: Q }
                    type Q { a: Int }
                    type M { b: Int }
                    extend schema { mutation: M }
                    """,
                """
                    schema {
                      query: Q
                      mutation: M
                    }

                    type Q {
                      a: Int
                    }

                    type M {
                      b: Int
                    }
                    """
            },
            {
                "Redefined_specified_directive_is_omitted",
                """
                    directive @deprecated(reason: String) on FIELD_DEFINITION | ENUM_VALUE
                    type Query { a: Int @deprecated }
                    """,
                """
                    type Query {
                      a: Int @deprecated
                    }
                    """
            },
            {
                "Empty_union_and_description_on_enum_value_block",
                """
                    type Query { a: Int }
                    enum E {
                      "first"
                      A
                      "second"
                      B
                    }
                    input In {
                      "first"
                      a: Int
                      "second"
                      b: Int
                    }
                    """,
                """"
                    type Query {
                      a: Int
                    }

                    enum E {
                      """first"""
                      A

                      """second"""
                      B
                    }

                    input In {
                      """first"""
                      a: Int

                      """second"""
                      b: Int
                    }
                    """"
            },
        };

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Prints_like_graphql_js(string name, string sdl, string expected)
    {
        _ = name;
        var printed = SchemaPrinter.Print(SchemaBuilder.FromSdl(sdl));

        Assert.Equal(expected, printed);
    }

    [Fact]
    public void Printed_schema_builds_the_same_schema_again()
    {
        const string sdl = """
            "Root"
            type Query implements Node { id: ID!, list(first: Int = 10): [Item!]! @deprecated(reason: "Use items") }
            interface Node { id: ID! }
            union Item = Query
            """;
        var printed = SchemaPrinter.Print(SchemaBuilder.FromSdl(sdl));

        Assert.Equal(printed, SchemaPrinter.Print(SchemaBuilder.FromSdl(printed)));
    }

    private const string AppliedDirectivesSdl = """
        directive @tag(name: String!) repeatable on OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM_VALUE | SCALAR | UNION | ENUM | INPUT_OBJECT | INTERFACE
        type Query @tag(name: "root") { a(x: Int @tag(name: "arg")): String @deprecated(reason: "old") @tag(name: "a") @tag(name: "b"), u: U, e: E, s: S }
        interface I @tag(name: "i") { id: ID }
        union U @tag(name: "u") = Query
        enum E @tag(name: "e") { ONE @tag(name: "one") }
        scalar S @specifiedBy(url: "https://example.com") @tag(name: "s")
        input In @oneOf @tag(name: "in") { f: Int @tag(name: "f") }
        """;

    [Fact]
    public void Applied_custom_directives_are_left_out_by_default_like_graphql_js()
    {
        var printed = SchemaPrinter.Print(SchemaBuilder.FromSdl(AppliedDirectivesSdl));

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(printed, "@tag"));
        Assert.Contains("type Query {", printed);
        Assert.Contains("a(x: Int): String @deprecated(reason: \"old\")\n", printed);
    }

    [Fact]
    public void Applied_custom_directives_are_printed_after_the_specified_ones_when_asked()
    {
        var printed = SchemaPrinter.Print(
            SchemaBuilder.FromSdl(AppliedDirectivesSdl),
            includeAppliedDirectives: true
        );

        Assert.Equal(
            """
            directive @tag(name: String!) repeatable on OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM_VALUE | SCALAR | UNION | ENUM | INPUT_OBJECT | INTERFACE

            type Query @tag(name: "root") {
              a(x: Int @tag(name: "arg")): String @deprecated(reason: "old") @tag(name: "a") @tag(name: "b")
              u: U
              e: E
              s: S
            }

            interface I @tag(name: "i") {
              id: ID
            }

            union U @tag(name: "u") = Query

            enum E @tag(name: "e") {
              ONE @tag(name: "one")
            }

            scalar S @specifiedBy(url: "https://example.com") @tag(name: "s")

            input In @oneOf @tag(name: "in") {
              f: Int @tag(name: "f")
            }
            """,
            printed
        );
        Assert.Equal(
            printed,
            SchemaPrinter.Print(SchemaBuilder.FromSdl(printed), includeAppliedDirectives: true)
        );
    }
}
