using CustomerGraph.GraphQL.Errors;
using CustomerGraph.GraphQL.Execution;
using CustomerGraph.GraphQL.Federation;
using CustomerGraph.GraphQL.Tests.Execution;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.GraphQL.Tests.Federation;

public sealed class SubgraphSchemaTests
{
    private const string Sdl = """
        extend schema
          @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable", { name: "@tag", as: "@label" }])

        type Product @key(fields: "id") @key(fields: "sku variation { id }", resolvable: false) {
          id: ID!
          sku: String @label(name: "public")
          variation: Variation
          price: Int @federation__requires(fields: "sku")
        }

        type Variation @shareable {
          id: ID!
        }

        extend type User @key(fields: "email") {
          email: ID! @federation__external
        }

        type Query {
          product(id: ID!): Product
        }
        """;

    private static RequestExecutor Executor(string sdl, Action<ResolverBindings>? bind = null)
    {
        var subgraph = FederationSubgraph.Parse(sdl);
        var schema = subgraph.AddTo(new SchemaBuilder()).Build();
        return new RequestExecutor(
            ExecutableSchema.Create(
                schema,
                bindings =>
                {
                    subgraph.Bind(bindings);
                    bind?.Invoke(bindings);
                }
            )
        );
    }

    [Fact]
    public async Task Service_sdl_is_the_sdl_as_written()
    {
        var executor = Executor(Sdl);

        var json = await executor.RunAsync("{ _service { sdl } }");

        Assert.Equal(
            ExecutionTestHelpers.Json(
                "{'data':{'_service':{'sdl':" + System.Text.Json.JsonSerializer.Serialize(Sdl) + "}}}"
            ),
            json
        );
    }

    [Fact]
    public void Imported_directives_keep_their_names_renamed_ones_take_their_alias_and_the_rest_are_namespaced()
    {
        var link = FederationSubgraph.Parse(Sdl).Link;

        Assert.Equal(
            [
                "key",
                "shareable",
                "label",
                "federation__requires",
                "federation__external",
                "federation__interfaceObject",
            ],
            new[] { "key", "shareable", "tag", "requires", "external", "interfaceObject" }.Select(
                link.DirectiveName
            )
        );
        Assert.Equal("federation__FieldSet", link.TypeName("FieldSet"));
        Assert.Equal("v2.3", link.Version);
    }

    [Fact]
    public void Link_as_renames_the_namespace()
    {
        var link = FederationSubgraph
            .Parse(
                """
                extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", as: "fed", import: ["FieldSet"])
                type Query { a: Int @fed__cost(weight: 2) }
                """
            )
            .Link;

        Assert.Equal(
            ("fed__key", "FieldSet", "fed__Scope"),
            (link.DirectiveName("key"), link.TypeName("FieldSet"), link.TypeName("Scope"))
        );
    }

    [Fact]
    public void The_generated_definitions_declare_what_the_specification_adds()
    {
        var schema = FederationSubgraph.Parse(Sdl).AddTo(new SchemaBuilder()).Build();

        Assert.Equal(
            "union _Entity = Product | User",
            SchemaPrinter
                .Print(schema)
                .Split('\n')
                .Single(line => line.StartsWith("union _Entity", StringComparison.Ordinal))
        );
        var query = (ObjectType)schema.GetType("Query")!;
        Assert.Equal("[_Entity]!", query.GetField("_entities")!.Type.ToString());
        Assert.Equal(
            "[_Any!]!",
            query.GetField("_entities")!.GetArgument("representations")!.Type.ToString()
        );
        Assert.Equal("_Service!", query.GetField("_service")!.Type.ToString());
        Assert.True(schema.GetDirective("key")!.IsRepeatable);
        Assert.Equal(
            "federation__FieldSet!",
            schema.GetDirective("key")!.GetArgument("fields")!.Type.ToString()
        );
        Assert.NotNull(schema.GetDirective("label"));
        Assert.NotNull(schema.GetDirective("federation__composeDirective"));
        Assert.Null(schema.GetDirective("federation__authenticated")); // new in v2.5
        Assert.NotNull(schema.GetType("link__Import"));
        Assert.Equal("email", ((ObjectType)schema.GetType("User")!).Fields.Single().Name);
    }

    [Fact]
    public void Without_entities_there_is_no_entity_union_and_no_entities_field()
    {
        var schema = FederationSubgraph
            .Parse(
                "extend schema @link(url: \"https://specs.apollo.dev/federation/v2.0\") type Query { a: Int }"
            )
            .AddTo(new SchemaBuilder())
            .Build();

        Assert.Null(schema.GetType("_Entity"));
        Assert.Equal(["a", "_service"], ((ObjectType)schema.GetType("Query")!).Fields.Select(f => f.Name));
    }

    [Fact]
    public async Task A_subgraph_that_only_extends_the_query_type_gets_one()
    {
        var executor = Executor(
            """
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key", "@authenticated", "@requiresScopes"])
            extend type Query { me: String @authenticated @requiresScopes(scopes: [["read"]]) }
            """,
            bind => bind.Resolve("Query.me", _ => new ValueTask<object?>("ann"))
        );

        Assert.Equal("""{"data":{"me":"ann"}}""", await executor.RunAsync("{ me }"));
    }

    [Theory]
    [InlineData(
        "extend schema @link(url: \"https://specs.apollo.dev/federation/v2.10\")",
        "Federation version \"v2.10\" is not supported: this engine implements v2.0 to v2.9."
    )]
    [InlineData(
        "extend schema @link(url: \"https://specs.apollo.dev/federation/v1.0\")",
        "Federation version \"v1.0\" is not supported: this engine implements v2.0 to v2.9."
    )]
    [InlineData(
        "extend schema @link(url: \"https://specs.apollo.dev/federation/v2.3\", import: [\"@cost\"])",
        "The @link import \"@cost\" is not defined by federation v2.3: it is new in v2.9."
    )]
    [InlineData(
        "extend schema @link(url: \"https://specs.apollo.dev/federation/v2.3\", import: [\"@primaryKey\"])",
        "The @link import \"@primaryKey\" is not defined by the federation specification."
    )]
    [InlineData(
        "extend schema @link(url: \"https://specs.apollo.dev/federation/v2.3\", import: [{ name: \"@key\", as: \"primaryKey\" }])",
        "The @link import \"@key\" cannot be renamed to \"primaryKey\": a directive is renamed to a directive and a type to a type."
    )]
    [InlineData(
        "extend schema @link(url: \"https://specs.apollo.dev/federation/v2.3\", import: [42])",
        "An @link import must be a name (\"@key\") or an object with a name and an optional as ({ name: \"@key\", as: \"@primaryKey\" })."
    )]
    [InlineData(
        "schema { query: Query }",
        "The schema has no @link to the federation specification: add extend schema @link(url: \"https://specs.apollo.dev/federation/v2.9\", import: [\"@key\"])."
    )]
    [InlineData(
        "extend schema @link(url: \"https://specs.apollo.dev/federation/v2.3\", import: [\"@key\"]) type Product @key(fields: \"id {\") { id: ID }",
        "@key(fields: \"id {\") on \"Product\": it is not a selection of fields (Syntax Error: Expected Name, found \"}\".)."
    )]
    [InlineData(
        "extend schema @link(url: \"https://specs.apollo.dev/federation/v2.3\", import: [\"@key\"]) type Product @key(fields: \"... on Product { id }\") { id: ID }",
        "@key(fields: \"... on Product { id }\") on \"Product\": a key is a selection of fields without aliases, arguments, directives or fragments."
    )]
    public void An_invalid_link_or_key_stops_the_schema(string head, string message)
    {
        var exception = Assert.Throws<SchemaException>(() =>
            FederationSubgraph.Parse(head + "\ntype Query { a: Int }")
        );

        Assert.Equal([message], exception.Errors.Select(e => e.Message));
    }

    [Theory]
    [InlineData(
        "@key(fields: \"upc\")",
        "@key(fields: \"upc\") on \"Product\": type \"Product\" has no field \"upc\"."
    )]
    [InlineData(
        "@key(fields: \"variation\")",
        "@key(fields: \"variation\") on \"Product\": \"Product.variation\" is of type \"Variation\" and needs a selection of its fields."
    )]
    [InlineData(
        "@key(fields: \"id { value }\")",
        "@key(fields: \"id { value }\") on \"Product\": \"Product.id\" is of type \"ID\" and has no fields to select."
    )]
    [InlineData(
        "@key(fields: \"variation { name }\")",
        "@key(fields: \"variation { name }\") on \"Product\": type \"Variation\" has no field \"name\"."
    )]
    public void A_key_must_select_fields_of_its_type(string key, string message)
    {
        var subgraph = FederationSubgraph.Parse(
            $$"""
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
            type Product {{key}} { id: ID! variation: Variation }
            type Variation { id: ID! }
            type Query { a: Int }
            """
        );
        var schema = subgraph.AddTo(new SchemaBuilder()).Build();

        var exception = Assert.Throws<SchemaException>(() =>
            ExecutableSchema.Create(schema, bind => subgraph.Bind(bind))
        );

        Assert.Equal([message], exception.Errors.Select(e => e.Message));
    }

    [Fact]
    public void A_reference_resolver_must_name_an_entity()
    {
        var subgraph = FederationSubgraph.Parse(Sdl);
        var schema = subgraph.AddTo(new SchemaBuilder()).Build();

        var exception = Assert.Throws<SchemaException>(() =>
            ExecutableSchema.Create(
                schema,
                bind =>
                    subgraph.Bind(
                        bind,
                        references => references.ResolveReference("Variation", (r, _) => new(r))
                    )
            )
        );

        Assert.Equal(
            [
                "Cannot bind a reference resolver to \"Variation\": it is not an entity type (a type with a @key) of the subgraph.",
            ],
            exception.Errors.Select(e => e.Message)
        );
    }
}
