using CustomerGraph.GraphQL.Execution;
using CustomerGraph.GraphQL.Federation;
using CustomerGraph.GraphQL.Language;
using CustomerGraph.GraphQL.Tests.Execution;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.GraphQL.Tests.Federation;

public sealed class FederationModuleTests
{
    private sealed class ProductsModule : ISchemaModule
    {
        public IEnumerable<SchemaSource> Sources =>
            [
                new(
                    "products.graphql",
                    """
                    extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@cost"])
                    type Product @key(fields: "id") { id: ID! name: String @cost(weight: 3) }
                    type Query { top: Product }
                    """
                ),
            ];

        public void Bind(ResolverBindings bindings) =>
            bindings.Resolve(
                "Query.top",
                _ => new(new Dictionary<string, object?> { ["id"] = "p1", ["name"] = "Top" })
            );
    }

    [Fact]
    public async Task Composed_after_the_modules_of_the_subgraph_it_serves_service_and_entities()
    {
        var executor = new RequestExecutor(
            ExecutableSchema.Compose([
                new ProductsModule(),
                new FederationModule(references =>
                    references.ResolveReference(
                        "Product",
                        (representation, _) =>
                            new(
                                new Dictionary<string, object?>
                                {
                                    ["id"] = representation.Get<string>("id"),
                                    ["name"] = "Resolved " + representation.Get<string>("id"),
                                }
                            )
                    )
                ),
            ])
        );

        var json = await executor.RunAsync(
            "{ top { name } _entities(representations: [{ __typename: \"Product\", id: \"p9\" }]) { ... on Product { name } } }"
        );
        var sdl = await executor.RunAsync("{ _service { sdl } }");

        Assert.Equal("""{"data":{"top":{"name":"Top"},"_entities":[{"name":"Resolved p9"}]}}""", json);
        Assert.Contains("type Product @key(fields: \\\"id\\\") {", sdl);
        Assert.DoesNotContain("_Entity", sdl);
    }

    [Fact]
    public void The_printed_service_sdl_of_parsed_documents_keeps_the_federation_directives()
    {
        var subgraph = FederationSubgraph.FromDocuments([
            Parser.Parse(
                "extend schema @link(url: \"https://specs.apollo.dev/federation/v2.3\", import: [\"@key\", \"@shareable\"])"
            ),
            Parser.Parse("type Money @shareable { cents: Int }  type Query { price: Money }"),
        ]);

        Assert.Equal(
            """
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])

            type Money @shareable {
              cents: Int
            }

            type Query {
              price: Money
            }
            """,
            subgraph.ServiceSdl
        );
    }
}
