using CustomerGraph.GraphQL.Errors;
using CustomerGraph.GraphQL.Language;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.GraphQL.Tests.Types;

/// <summary>SchemaBuilder: what a built schema holds, extensions, several documents, and the binding API.</summary>
public sealed class SchemaBuilderTests
{
    private static SchemaException BuildFails(SchemaBuilder builder) =>
        Assert.Throws<SchemaException>(builder.Build);

    // ---- What every schema contains ----

    [Fact]
    public void Every_schema_holds_built_in_scalars_directives_and_introspection_types_in_graphql_js_order()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Int }");

        Assert.Equal(
            [
                "Query",
                "Int",
                "Boolean",
                "String",
                "__Schema",
                "__Type",
                "__TypeKind",
                "__Field",
                "__InputValue",
                "__EnumValue",
                "__Directive",
                "__DirectiveLocation",
            ],
            schema.Types.Select(t => t.Name)
        );
        Assert.Equal(
            ["include", "skip", "deprecated", "specifiedBy", "oneOf"],
            schema.Directives.Select(d => d.Name)
        );
        Assert.Same(SpecifiedScalars.Int, schema.GetType("Int"));
        Assert.NotNull(schema.GetFieldDefinition(schema.QueryType!, "__schema"));
    }

    [Fact]
    public void Specified_directives_and_introspection_types_are_those_of_graphql_js()
    {
        // graphql-js 17.1 also allows @deprecated on DIRECTIVE_DEFINITION, which the specification does not.
        const string expected = """"
            """
            Directs the executor to include this field or fragment only when the `if` argument is true.
            """
            directive @include(
              """Included when true."""
              if: Boolean!
            ) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

            """
            Directs the executor to skip this field or fragment when the `if` argument is true.
            """
            directive @skip(
              """Skipped when true."""
              if: Boolean!
            ) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

            """Marks an element of a GraphQL schema as no longer supported."""
            directive @deprecated(
              """
              Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).
              """
              reason: String! = "No longer supported"
            ) on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM_VALUE

            """Exposes a URL that specifies the behavior of this scalar."""
            directive @specifiedBy(
              """The URL that specifies the behavior of this scalar."""
              url: String!
            ) on SCALAR

            """
            Indicates exactly one field must be supplied and this field must not be `null`.
            """
            directive @oneOf on INPUT_OBJECT

            """
            A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.
            """
            type __Schema {
              description: String

              """A list of all types supported by this server."""
              types: [__Type!]!

              """The type that query operations will be rooted at."""
              queryType: __Type!

              """
              If this server supports mutation, the type that mutation operations will be rooted at.
              """
              mutationType: __Type

              """
              If this server support subscription, the type that subscription operations will be rooted at.
              """
              subscriptionType: __Type

              """A list of all directives supported by this server."""
              directives(includeDeprecated: Boolean! = false): [__Directive!]!
            }

            """
            The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.

            Depending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.
            """
            type __Type {
              kind: __TypeKind!
              name: String
              description: String
              specifiedByURL: String
              fields(includeDeprecated: Boolean! = false): [__Field!]
              interfaces: [__Type!]
              possibleTypes: [__Type!]
              enumValues(includeDeprecated: Boolean! = false): [__EnumValue!]
              inputFields(includeDeprecated: Boolean! = false): [__InputValue!]
              ofType: __Type
              isOneOf: Boolean
            }

            """An enum describing what kind of type a given `__Type` is."""
            enum __TypeKind {
              """Indicates this type is a scalar."""
              SCALAR

              """
              Indicates this type is an object. `fields` and `interfaces` are valid fields.
              """
              OBJECT

              """
              Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields.
              """
              INTERFACE

              """Indicates this type is a union. `possibleTypes` is a valid field."""
              UNION

              """Indicates this type is an enum. `enumValues` is a valid field."""
              ENUM

              """
              Indicates this type is an input object. `inputFields` is a valid field.
              """
              INPUT_OBJECT

              """Indicates this type is a list. `ofType` is a valid field."""
              LIST

              """Indicates this type is a non-null. `ofType` is a valid field."""
              NON_NULL
            }

            """
            Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.
            """
            type __Field {
              name: String!
              description: String
              args(includeDeprecated: Boolean! = false): [__InputValue!]!
              type: __Type!
              isDeprecated: Boolean!
              deprecationReason: String
            }

            """
            Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.
            """
            type __InputValue {
              name: String!
              description: String
              type: __Type!

              """
              A GraphQL-formatted string representing the default value for this input value.
              """
              defaultValue: String
              isDeprecated: Boolean!
              deprecationReason: String
            }

            """
            One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.
            """
            type __EnumValue {
              name: String!
              description: String
              isDeprecated: Boolean!
              deprecationReason: String
            }

            """
            A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.

            In some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.
            """
            type __Directive {
              name: String!
              description: String
              isRepeatable: Boolean!
              locations: [__DirectiveLocation!]!
              args(includeDeprecated: Boolean! = false): [__InputValue!]!
              isDeprecated: Boolean!
              deprecationReason: String
            }

            """
            A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.
            """
            enum __DirectiveLocation {
              """Location adjacent to a query operation."""
              QUERY

              """Location adjacent to a mutation operation."""
              MUTATION

              """Location adjacent to a subscription operation."""
              SUBSCRIPTION

              """Location adjacent to a field."""
              FIELD

              """Location adjacent to a fragment definition."""
              FRAGMENT_DEFINITION

              """Location adjacent to a fragment spread."""
              FRAGMENT_SPREAD

              """Location adjacent to an inline fragment."""
              INLINE_FRAGMENT

              """Location adjacent to an operation variable definition."""
              VARIABLE_DEFINITION

              """Location adjacent to a fragment variable definition."""
              FRAGMENT_VARIABLE_DEFINITION

              """Location adjacent to a schema definition."""
              SCHEMA

              """Location adjacent to a scalar definition."""
              SCALAR

              """Location adjacent to an object type definition."""
              OBJECT

              """Location adjacent to a field definition."""
              FIELD_DEFINITION

              """Location adjacent to an argument definition."""
              ARGUMENT_DEFINITION

              """Location adjacent to an interface definition."""
              INTERFACE

              """Location adjacent to a union definition."""
              UNION

              """Location adjacent to an enum definition."""
              ENUM

              """Location adjacent to an enum value definition."""
              ENUM_VALUE

              """Location adjacent to an input object type definition."""
              INPUT_OBJECT

              """Location adjacent to an input object field definition."""
              INPUT_FIELD_DEFINITION

              """Location adjacent to a directive definition."""
              DIRECTIVE_DEFINITION
            }
            """";
        var schema = SchemaBuilder.FromSdl("type Query { a: Int }");

        var printed = string.Join(
            "\n\n",
            schema
                .Directives.Where(d => SpecifiedDirectives.IsSpecified(d.Name))
                .Select(SchemaPrinter.PrintDirective)
                .Concat(
                    schema
                        .Types.Where(t => IntrospectionTypes.IsIntrospectionTypeName(t.Name))
                        .Select(SchemaPrinter.PrintType)
                )
        );

        Assert.Equal(expected, printed);
    }

    // ---- From SDL to the model ----

    [Fact]
    public void Descriptions_deprecations_and_directive_values_reach_the_model()
    {
        var schema = SchemaBuilder.FromSdl(
            """
            "The root"
            type Query {
              "A field"
              old(arg: Int = 1 @deprecated(reason: "gone")): Color @deprecated
              new: Date
              input(i: Choice): Int
            }
            enum Color { RED @deprecated(reason: "Too bright") GREEN }
            scalar Date @specifiedBy(url: "https://example.com/date")
            input Choice @oneOf { a: Int b: String }
            """
        );

        var query = schema.QueryType!;
        var old = query.GetField("old")!;
        Assert.Equal("The root", query.Description);
        Assert.Equal("A field", old.Description);
        Assert.Equal("No longer supported", old.DeprecationReason);
        Assert.Same(query, old.DeclaringType);
        Assert.Equal("gone", old.GetArgument("arg")!.DeprecationReason);
        Assert.IsType<IntValueNode>(old.GetArgument("arg")!.DefaultValue);
        Assert.Null(query.GetField("new")!.DeprecationReason);
        var color = Assert.IsType<EnumType>(schema.GetType("Color"));
        Assert.Equal("Too bright", color.Values[0].DeprecationReason);
        Assert.Equal(["RED", "GREEN"], color.Values.Select(v => v.Value));
        Assert.Equal(
            "https://example.com/date",
            Assert.IsType<ScalarType>(schema.GetType("Date")).SpecifiedByUrl
        );
        Assert.True(Assert.IsType<InputObjectType>(schema.GetType("Choice")).IsOneOf);
    }

    [Fact]
    public void Extensions_add_fields_interfaces_members_values_and_root_types()
    {
        var schema = SchemaBuilder.FromSdl(
            """
            extend type Query @tag { b: String }
            type Query { a: Int }
            directive @tag repeatable on OBJECT
            extend type Query implements Node @tag { id: ID! }
            interface Node { id: ID! }
            type Other implements Node { id: ID! }
            union Result = Query
            extend union Result = Other
            enum E { A }
            extend enum E { B }
            input I { a: Int }
            extend input I { b: Int }
            scalar S
            extend scalar S @specifiedBy(url: "https://s")
            type M { m: Int }
            extend schema { mutation: M }
            """
        );

        var query = schema.QueryType!;
        Assert.Equal(["a", "b", "id"], query.Fields.Select(f => f.Name));
        Assert.Equal(["Node"], query.Interfaces.Select(i => i.Name));
        Assert.Equal(2, query.ExtensionAstNodes.Count);
        Assert.Equal(["tag", "tag"], query.AppliedDirectives.Select(d => d.Name.Value));
        Assert.Equal(
            ["Query", "Other"],
            Assert.IsType<UnionType>(schema.GetType("Result")).Types.Select(t => t.Name)
        );
        Assert.Equal(["A", "B"], Assert.IsType<EnumType>(schema.GetType("E")).Values.Select(v => v.Name));
        Assert.Equal(
            ["a", "b"],
            Assert.IsType<InputObjectType>(schema.GetType("I")).Fields.Select(f => f.Name)
        );
        Assert.Equal("https://s", Assert.IsType<ScalarType>(schema.GetType("S")).SpecifiedByUrl);
        Assert.Equal("M", schema.MutationType!.Name);
        Assert.Equal(
            ["Other", "Query"],
            schema.GetPossibleTypes(schema.GetType("Node")!).Select(t => t.Name).Order()
        );
    }

    [Fact]
    public void Without_a_schema_definition_default_root_names_win_over_schema_extensions()
    {
        // graphql-js applies the default names after the schema extensions when there is no schema definition.
        var schema = SchemaBuilder.FromSdl(
            "type Query { a: Int } type M { b: Int } type Mutation { c: Int } extend schema { mutation: M }"
        );

        Assert.Equal("Mutation", schema.MutationType!.Name);
    }

    [Fact]
    public void Schema_definition_sets_root_types_and_description()
    {
        var schema = SchemaBuilder.FromSdl(
            "\"API\" schema { query: Root subscription: Events } type Root { a: Int } type Events { e: Int }"
        );

        Assert.Equal("Root", schema.QueryType!.Name);
        Assert.Null(schema.MutationType);
        Assert.Equal("Events", schema.SubscriptionType!.Name);
        Assert.Equal("API", schema.Description);
        Assert.NotNull(schema.AstNode);
    }

    [Fact]
    public void Several_documents_are_merged_as_one()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("type Query { user: User }", "query.graphql")
            .AddTypeDefinitions(Parser.Parse("type User { id: ID! }"))
            .AddTypeDefinitions("extend type User { name: String }", "user-extension.graphql")
            .Build();

        Assert.Equal(["id", "name"], ((ObjectType)schema.GetType("User")!).Fields.Select(f => f.Name));
    }

    [Fact]
    public void Problems_across_documents_are_all_reported()
    {
        var exception = BuildFails(
            new SchemaBuilder()
                .AddTypeDefinitions("type Query { a: Int }")
                .AddTypeDefinitions("type Query { b: Int }")
        );

        Assert.Equal("There can be only one type named \"Query\".", Assert.Single(exception.Errors).Message);
    }

    [Fact]
    public void Syntax_errors_name_their_source()
    {
        var exception = BuildFails(
            new SchemaBuilder().AddTypeDefinitions("type Query {", "schema/query.graphql")
        );

        var error = Assert.Single(exception.Errors);
        Assert.StartsWith("schema/query.graphql: Syntax Error:", error.Message);
        Assert.Equal(GraphQLSyntaxException.ErrorCode, error.Code);
    }

    [Fact]
    public void Every_problem_is_reported_not_only_the_first()
    {
        var exception = Assert.Throws<SchemaException>(() =>
            SchemaBuilder.FromSdl(
                """
                type Query { a(x: Int = "one"): Int }
                interface Node { id: ID! }
                type User implements Node { name: String }
                union U = Node
                input In @oneOf { a: Int! }
                """
            )
        );

        Assert.Equal(
            [
                SchemaRules.DefaultValues,
                SchemaRules.InterfaceImplementations,
                SchemaRules.UnionMembers,
                SchemaRules.OneOfInputObjects,
            ],
            exception.Errors.Select(e => e.Rule)
        );
        Assert.Contains("Interface field Node.id expected but User does not provide it.", exception.Message);
    }

    [Theory]
    [InlineData("query { a }", "The anonymous query operation is not a type system definition")]
    [InlineData("mutation Change { a }", "The mutation operation \"Change\" is not a type system definition")]
    [InlineData("fragment F on Query { a }", "The fragment \"F\" is not a type system definition")]
    public void Operations_and_fragments_are_not_allowed_in_a_schema_document(
        string definition,
        string message
    )
    {
        var exception = Assert.Throws<SchemaException>(() =>
            SchemaBuilder.FromSdl("type Query { a: Int }\n" + definition)
        );

        var error = Assert.Single(exception.Errors);
        Assert.StartsWith(message, error.Message);
        Assert.Equal(SchemaRules.TypeSystemDefinitionsOnly, error.Rule);
        Assert.Equal(new SourceLocation(2, 1), Assert.Single(error.Locations));
    }

    // ---- Custom scalars ----

    /// <summary>A date scalar accepting "yyyy-mm-dd" strings.</summary>
    private sealed class DateScalar() : ScalarType("Date")
    {
        public override ScalarResult ParseLiteral(ValueNode literal) =>
            literal is StringValueNode s && DateOnly.TryParseExact(s.Value, "yyyy-MM-dd", out var date)
                ? ScalarResult.Valid(date)
                : ScalarResult.Invalid(
                    $"Date cannot represent {Printer.Print(literal)}: expected \"yyyy-mm-dd\"."
                );
    }

    [Fact]
    public void Custom_scalar_is_bound_to_its_declaration()
    {
        var date = new DateScalar();

        var schema = new SchemaBuilder()
            .AddTypeDefinitions(
                "\"A day\" scalar Date @specifiedBy(url: \"https://d\") type Query { on(day: Date = \"2024-02-29\"): Int }"
            )
            .AddScalar(date)
            .Build();

        Assert.Same(date, schema.GetType("Date"));
        Assert.Same(date, schema.QueryType!.GetField("on")!.GetArgument("day")!.Type);
        Assert.Equal("A day", date.Description);
        Assert.Equal("https://d", date.SpecifiedByUrl);
        Assert.NotNull(date.AstNode);
    }

    [Fact]
    public void Custom_scalar_checks_default_values()
    {
        var exception = BuildFails(
            new SchemaBuilder()
                .AddTypeDefinitions("scalar Date type Query { on(day: Date = \"tomorrow\"): Int }")
                .AddScalar(new DateScalar())
        );

        var error = Assert.Single(exception.Errors);
        Assert.Equal(
            "Query.on(day:) has invalid default value: Date cannot represent \"tomorrow\": expected \"yyyy-mm-dd\". (1:41)",
            error.ToString()
        );
    }

    [Fact]
    public void Scalar_declared_without_implementation_accepts_any_literal()
    {
        var schema = SchemaBuilder.FromSdl(
            "scalar JSON type Query { a(x: JSON = { any: [1, \"thing\"] }): JSON }"
        );

        var json = Assert.IsType<ScalarType>(schema.GetType("JSON"));
        Assert.True(json.ParseLiteral(Parser.ParseValue("{ a: [1, 2.5, null] }")).IsValid);
    }

    [Theory]
    [InlineData(
        "type Query { a: Int }",
        "Date",
        "Cannot bind custom scalar \"Date\": it is not declared in the schema; declare it with \"scalar Date\"."
    )]
    [InlineData(
        "type Query { a: Date } type Date { d: Int }",
        "Date",
        "Cannot bind custom scalar \"Date\": \"Date\" is declared as an object type, not as a scalar."
    )]
    [InlineData(
        "type Query { a: Int }",
        "Int",
        "Cannot bind custom scalar \"Int\": \"Int\" is a built-in type and cannot be replaced."
    )]
    public void Custom_scalar_must_match_a_declared_scalar(string sdl, string scalarName, string message)
    {
        var exception = BuildFails(
            new SchemaBuilder().AddTypeDefinitions(sdl).AddScalar(new ScalarType(scalarName))
        );

        var error = Assert.Single(exception.Errors);
        Assert.Equal(message, error.Message);
        Assert.Equal(SchemaRules.ScalarBindings, error.Rule);
    }

    [Fact]
    public void Custom_scalar_bound_twice_is_reported()
    {
        var exception = BuildFails(
            new SchemaBuilder()
                .AddTypeDefinitions("scalar Date type Query { a: Date }")
                .AddScalar(new DateScalar())
                .AddScalar(new DateScalar())
        );

        Assert.Equal(
            "Cannot bind custom scalar \"Date\": another implementation is already bound to it. (1:1)",
            Assert.Single(exception.Errors).ToString()
        );
    }

    // ---- Resolvers ----

    private static readonly FieldResolver NoResolver = _ => new ValueTask<object?>((object?)null);

    [Fact]
    public void Resolver_is_stored_on_its_field()
    {
        FieldResolver resolver = _ => new ValueTask<object?>("hello");

        var schema = new SchemaBuilder()
            .AddTypeDefinitions("type Query { greeting: String other: Int }")
            .BindResolver("Query.greeting", resolver)
            .Build();

        Assert.Same(resolver, schema.QueryType!.GetField("greeting")!.Resolver);
        Assert.Null(schema.QueryType!.GetField("other")!.Resolver);
    }

    [Theory]
    [InlineData(
        "Query",
        "Cannot bind a resolver to \"Query\": expected a coordinate of the form \"Type.field\"."
    )]
    [InlineData(
        "Query.a.b",
        "Cannot bind a resolver to \"Query.a.b\": expected a coordinate of the form \"Type.field\"."
    )]
    [InlineData(
        "Usr.name",
        "Cannot bind a resolver to \"Usr.name\": there is no type \"Usr\" in the schema. Did you mean \"User\"?"
    )]
    [InlineData(
        "User.nam",
        "Cannot bind a resolver to \"User.nam\": type \"User\" has no field \"nam\". Did you mean \"name\"?"
    )]
    [InlineData(
        "Node.id",
        "Cannot bind a resolver to \"Node.id\": \"Node\" is an interface type; resolvers bind to fields of object types."
    )]
    [InlineData(
        "__Type.name",
        "Cannot bind a resolver to \"__Type.name\": there is no type \"__Type\" in the schema."
    )]
    public void Resolver_binding_errors_name_the_coordinate(string coordinate, string message)
    {
        var exception = BuildFails(
            new SchemaBuilder()
                .AddTypeDefinitions(
                    "type Query { user: User } interface Node { id: ID! } type User implements Node { id: ID! name: String }"
                )
                .BindResolver(coordinate, NoResolver)
        );

        var error = Assert.Single(exception.Errors);
        Assert.Equal(message, error.Message);
        Assert.Equal(SchemaRules.ResolverBindings, error.Rule);
    }

    [Fact]
    public void Resolver_bound_twice_is_reported()
    {
        var exception = BuildFails(
            new SchemaBuilder()
                .AddTypeDefinitions("type Query { a: Int }")
                .BindResolver("Query.a", NoResolver)
                .BindResolver("Query.a", NoResolver)
        );

        Assert.Equal(
            "Cannot bind a resolver to \"Query.a\": a resolver is already bound to it. (1:14)",
            Assert.Single(exception.Errors).ToString()
        );
    }
}
