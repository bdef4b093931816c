using System.Text.Json;
using CustomerGraph.GraphQL.Execution;
using CustomerGraph.GraphQL.Federation;
using CustomerGraph.GraphQL.Tests.Execution;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.GraphQL.Tests.Federation;

public sealed class EntitiesTests
{
    private const string Sdl = """
        extend schema
          @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@external", "@requires"])

        type Product @key(fields: "id") @key(fields: "sku variation { id }") {
          id: ID!
          sku: String
          variation: Variation
          stock: Int!
        }

        type Variation {
          id: ID!
        }

        type Study @key(fields: "case { number }") {
          case: Case!
          outcome: String
        }

        type Case {
          number: Int!
        }

        extend type User @key(fields: "email") {
          email: ID! @external
          years: Int! @external
          average: Int @requires(fields: "years")
        }

        type Query {
          product(id: ID!): Product
        }
        """;

    private sealed record Product(string Id, string Sku, string VariationId, int Stock)
    {
        public object Variation => new Dictionary<string, object?> { ["id"] = VariationId };
    }

    private static readonly Product[] Products =
    [
        new("p1", "federation", "oss", 3),
        new("p2", "studio", "platform", 5),
    ];

    private readonly List<IReadOnlyList<EntityRepresentation>> _productBatches = [];

    private RequestExecutor Executor()
    {
        var subgraph = FederationSubgraph.Parse(Sdl);
        var schema = subgraph.AddTo(new SchemaBuilder()).Build();
        return new RequestExecutor(
            ExecutableSchema.Create(
                schema,
                bind =>
                    subgraph.Bind(
                        bind,
                        references =>
                            references
                                .ResolveReferences(
                                    "Product",
                                    (representations, _) =>
                                    {
                                        _productBatches.Add(representations);
                                        return Task.FromResult<IReadOnlyList<object?>>(
                                            representations.Select(FindProduct).ToList()
                                        );
                                    }
                                )
                                .ResolveReference(
                                    "Study",
                                    (representation, _) =>
                                        new(
                                            new Dictionary<string, object?>
                                            {
                                                ["case"] = representation.GetObject("case"),
                                                ["outcome"] =
                                                    $"case {representation.GetObject("case")!["number"]!.GetType().Name} {representation.GetObject("case")!["number"]}",
                                            }
                                        )
                                )
                    )
            )
        );
    }

    private static object? FindProduct(EntityRepresentation representation) =>
        representation.Key == "id"
            ? Products.FirstOrDefault(p => p.Id == representation.Get<string>("id"))
            : Products.FirstOrDefault(p =>
                p.Sku == representation.Get<string>("sku")
                && p.VariationId == (string?)representation.GetObject("variation")!["id"]
            );

    private Task<string> EntitiesAsync(string selection, string representationsJson) =>
        Executor()
            .RunAsync(
                "query ($r: [_Any!]!) { _entities(representations: $r) { " + selection + " } }",
                variablesJson: "{\"r\":" + representationsJson.Replace('\'', '"') + "}"
            );

    [Fact]
    public async Task Representations_are_dispatched_by_typename_in_their_order()
    {
        var json = await EntitiesAsync(
            "__typename ... on Product { id stock } ... on User { email average }",
            "[{'__typename':'User','email':'ann@example.com','years':4},{'__typename':'Product','id':'p2'},{'__typename':'Product','id':'nope'}]"
        );

        Assert.Equal(
            ExecutionTestHelpers.Json(
                "{'data':{'_entities':[{'__typename':'User','email':'ann@example.com','average':null},{'__typename':'Product','id':'p2','stock':5},null]}}"
            ),
            json
        );
    }

    [Fact]
    public async Task Composite_keys_with_nested_fields_select_their_key_and_are_coerced()
    {
        var json = await EntitiesAsync(
            "... on Product { id sku } ... on Study { outcome case { number } }",
            "[{'__typename':'Product','sku':'studio','variation':{'id':'platform'}},{'__typename':'Study','case':{'number':1234}}]"
        );

        Assert.Equal(
            ExecutionTestHelpers.Json(
                "{'data':{'_entities':[{'id':'p2','sku':'studio'},{'outcome':'case Int32 1234','case':{'number':1234}}]}}"
            ),
            json
        );
        Assert.Equal("sku variation { id }", Assert.Single(Assert.Single(_productBatches)).Key);
    }

    [Fact]
    public async Task Key_fields_are_coerced_to_their_field_types()
    {
        // ID accepts an integer and reads it as a string, as the spec's input coercion of ID does.
        await EntitiesAsync("... on Product { id }", "[{'__typename':'Product','id':7}]");

        Assert.Equal("7", Assert.Single(Assert.Single(_productBatches)).Fields["id"]);
    }

    [Fact]
    public async Task A_hundred_representations_of_one_type_cost_one_batch()
    {
        var representations = string.Join(
            ",",
            Enumerable.Range(0, 100).Select(i => $"{{'__typename':'Product','id':'p{i % 2 + 1}-{i}'}}")
        );

        var json = await EntitiesAsync("... on Product { id }", "[" + representations + "]");

        Assert.Equal(100, Assert.Single(_productBatches).Count);
        Assert.Equal(100, json.Split("null").Length - 1);
    }

    [Fact]
    public async Task Equal_representations_across_aliases_share_one_batch_and_one_key()
    {
        var json = await Executor()
            .RunAsync(
                """
                query ($a: [_Any!]!, $b: [_Any!]!) {
                  a: _entities(representations: $a) { ... on Product { id } }
                  b: _entities(representations: $b) { ... on Product { sku } }
                }
                """,
                variablesJson: """{"a":[{"__typename":"Product","id":"p1"}],"b":[{"__typename":"Product","id":"p1"},{"__typename":"Product","id":"p2"}]}"""
            );

        Assert.Equal(
            ExecutionTestHelpers.Json(
                "{'data':{'a':[{'id':'p1'}],'b':[{'sku':'federation'},{'sku':'studio'}]}}"
            ),
            json
        );
        Assert.Equal(["p1", "p2"], Assert.Single(_productBatches).Select(r => r.Get<string>("id")));
    }

    [Theory]
    [InlineData(
        "'Product'",
        "A representation must be an object with a \"__typename\" and the fields of one of the entity's keys."
    )]
    [InlineData("{'id':'p1'}", "The representation has no \"__typename\" string naming its entity type.")]
    [InlineData(
        "{'__typename':3,'id':'p1'}",
        "The representation has no \"__typename\" string naming its entity type."
    )]
    [InlineData(
        "{'__typename':'Gadget','id':'p1'}",
        "\"Gadget\" is not an entity type of this subgraph: no type of that name has a @key."
    )]
    [InlineData(
        "{'__typename':'Variation','id':'v1'}",
        "\"Variation\" is not an entity type of this subgraph: no type of that name has a @key."
    )]
    [InlineData(
        "{'__typename':'Product','sku':'studio'}",
        "The representation of \"Product\" lacks the fields of each of its keys: \"id\", \"sku variation { id }\"."
    )]
    [InlineData(
        "{'__typename':'Product','sku':'studio','variation':{}}",
        "The representation of \"Product\" lacks the fields of each of its keys: \"id\", \"sku variation { id }\"."
    )]
    [InlineData(
        "{'__typename':'Product','id':true}",
        "The representation of \"Product\" has an invalid \"id\": ID cannot represent value: true"
    )]
    [InlineData(
        "{'__typename':'Product','id':null}",
        "The representation of \"Product\" has an invalid \"id\": it must not be null (type \"ID!\")."
    )]
    [InlineData(
        "{'__typename':'Product','sku':'studio','variation':{'id':[1]}}",
        "The representation of \"Product\" has an invalid \"variation.id\": ID cannot represent value: [1]"
    )]
    [InlineData(
        "{'__typename':'Product','sku':'studio','variation':'platform'}",
        "The representation of \"Product\" has an invalid \"variation\": it must be an object of type \"Variation\"."
    )]
    [InlineData(
        "{'__typename':'Study','case':{'number':'1234'}}",
        "The representation of \"Study\" has an invalid \"case.number\": Int cannot represent non-integer value: \"1234\""
    )]
    [InlineData(
        "{'__typename':'User','email':'ann@example.com','years':'four'}",
        "The representation of \"User\" has an invalid \"years\": Int cannot represent non-integer value: \"four\""
    )]
    public async Task A_malformed_representation_is_a_field_error_of_its_own_entry(
        string representation,
        string message
    )
    {
        var json = await EntitiesAsync(
            "... on Product { id }",
            "[{'__typename':'Product','id':'p1'}," + representation + "]"
        );

        var expected = ExecutionTestHelpers
            .Json(
                "{'errors':[{'message':'MESSAGE','locations':[{'line':1,'column':24}],'path':['_entities',1],'extensions':{'code':'INVALID_REPRESENTATION'}}],'data':{'_entities':[{'id':'p1'},null]}}"
            )
            .Replace(
                "\"MESSAGE\"",
                JsonSerializer.Serialize(
                    message,
                    new JsonSerializerOptions { Encoder = ExecutionResult.JsonEncoder }
                )
            );
        Assert.Equal(expected, json);
    }

    [Fact]
    public async Task A_failing_reference_resolver_fails_only_its_entities()
    {
        var subgraph = FederationSubgraph.Parse(Sdl);
        var schema = subgraph.AddTo(new SchemaBuilder()).Build();
        var executor = new RequestExecutor(
            ExecutableSchema.Create(
                schema,
                bind =>
                    subgraph.Bind(
                        bind,
                        references =>
                            references.ResolveReference(
                                "Product",
                                (representation, _) =>
                                    representation.Get<string>("id") == "p2"
                                        ? throw new GraphQLException("Product p2 is archived.", "ARCHIVED")
                                        : new(Products[0])
                            )
                    )
            )
        );

        var json = await executor.RunAsync(
            "{ _entities(representations: [{ __typename: \"Product\", id: \"p1\" }, { __typename: \"Product\", id: \"p2\" }]) { ... on Product { id } } }"
        );

        Assert.Equal(
            ExecutionTestHelpers.Json(
                "{'errors':[{'message':'Product p2 is archived.','locations':[{'line':1,'column':3}],'path':['_entities',1],'extensions':{'code':'ARCHIVED'}}],'data':{'_entities':[{'id':'p1'},null]}}"
            ),
            json
        );
    }
}
