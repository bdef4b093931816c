using System.Text.Json;
using static CustomerGraph.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace CustomerGraph.GraphQL.Tests.Execution;

/// <summary>
/// The static cost estimate of operations (IBM GraphQL Cost Directives as Hot Chocolate declares them), the complexity
/// limit, and the interceptors a host charges through: all observed through <see cref="RequestExecutor"/>.
/// </summary>
public class CostAnalysisTests
{
    internal const string Directives = """
        directive @cost(weight: String!) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR
        directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean! = true) on FIELD_DEFINITION
        directive @approx(tolerance: Float @cost(weight: "-1.0")) on FIELD

        """;

    private const string Sdl =
        Directives
        + """
            type Query {
              user(id: ID): User
              users(max: Int): [User] @listSize(slicingArguments: ["max"])
              films(first: Int = 10, after: String, last: Int, before: String): FilmConnection!
                @listSize(slicingArguments: ["first", "last"], sizedFields: ["edges", "nodes"], requireOneSlicingArgument: false)
                @cost(weight: "10")
              page(first: Int, last: Int): [User] @listSize(slicingArguments: ["first", "last"])
              topProducts(filter: Filter @cost(weight: "15.0")): [String] @cost(weight: "5.0") @listSize(assumedSize: 10)
              mostPopular(approx: Boolean @cost(weight: "-3.0")): Product @cost(weight: "5.0")
              tags: [Tag]
              search(text: String!): [SearchResult!]! @listSize(assumedSize: 3)
              byIds(ids: [ID!]!): [User]! @listSize(slicingArguments: ["ids"])
              matrix: [[Tag]] @listSize(assumedSize: 2)
              pinned: Pinned
              named: Named
            }
            type User implements Named { name: String age: Int @cost(weight: "2.0") friends(first: Int = 5): [User] @listSize(slicingArguments: ["first"]) }
            type FilmConnection { edges: [FilmEdge] nodes: [Film] pageInfo: PageInfo }
            type FilmEdge { cursor: String node: Film }
            type Film implements Named { title: String name: String @cost(weight: "3") }
            type PageInfo { hasNextPage: Boolean }
            type Product { name: String }
            type Tag { label: String }
            type Pinned @cost(weight: "4") { note: String }
            interface Named { name: String }
            union SearchResult = User | Film
            input Filter { approx: Boolean @cost(weight: "-12.0") category: String }
            """;

    public static TheoryData<string, string?, long> Operations() =>
        new()
        {
            // The specification's example: Query.users once, then User.age (2.0) for each of the 5 users.
            { "{ users(max: 5) { age } }", null, 11 },
            { """{ user(id: "1") { name age } }""", null, 4 },
            // A connection: the weight of 10, then edges sized by first's default of 10.
            { "{ films { edges { node { title } } } }", null, 31 },
            { "{ films(first: 3) { nodes { title } pageInfo { hasNextPage } } }", null, 16 },
            { "{ films(last: 4) { nodes { title } } }", null, 15 },
            { "{ films(first: 2, last: 6) { nodes { title } } }", null, 17 },
            { "query ($n: Int) { films(first: $n) { nodes { title } } }", """{"n": 7}""", 18 },
            { "query ($n: Int) { films(first: $n) { nodes { title } } }", "{}", 21 },
            { "query ($n: Int) { films(first: $n) { nodes { title } } }", """{"n": null}""", 21 },
            // Argument and input field weights (the specification's examples 10 to 12); never below 0.
            { "{ topProducts }", null, 5 },
            { """{ topProducts(filter: { category: "tools" }) }""", null, 20 },
            { "{ topProducts(filter: { approx: true }) }", null, 8 },
            { "query ($f: Filter) { topProducts(filter: $f) }", """{"f": {"approx": true}}""", 8 },
            { "{ mostPopular(approx: true) { name } }", null, 3 },
            { "{ mostPopular @approx(tolerance: 0.5) { name } }", null, 5 },
            // Lists: the default size of 10, an assumed size per dimension, nested lists multiply.
            { "{ tags { label } }", null, 11 },
            { "{ matrix { label } }", null, 5 },
            { "{ users(max: 2) { friends(first: 3) { friends { name } } } }", null, 39 },
            // A list argument as slicing argument counts its items.
            { """{ byIds(ids: ["a", "b", "c"]) { name } }""", null, 4 },
            { "query ($ids: [ID!]!) { byIds(ids: $ids) { name } }", """{"ids": ["a", "b"]}""", 3 },
            // Abstract types: the costliest possible type; __typename is free.
            { """{ search(text: "a") { ... on User { name age } ... on Film { title } } }""", null, 10 },
            { """{ search(text: "a") { __typename } }""", null, 1 },
            { "{ named { name } }", null, 4 },
            // A type's weight is that of the fields returning it.
            { "{ pinned { note } }", null, 5 },
            // Fragments, merged fields and aliases count as execution would run them.
            { "{ users(max: 2) { ...F } } fragment F on User { name age }", null, 7 },
            { "{ users(max: 2) { name name } }", null, 3 },
            { "{ a: users(max: 1) { name } b: users(max: 2) { name } }", null, 5 },
            { "{ users(max: 2) { name @skip(if: true) } }", null, 3 },
            // Introspection: answered from the schema in memory, its lists count once.
            { "{ __typename }", null, 0 },
            { "{ __schema { types { name fields { name } } } }", null, 5 },
            { """{ __type(name: "User") { name fields { name type { name } } } }""", null, 6 },
        };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Operations_cost_what_the_directives_declare(
        string query,
        string? variables,
        long expected
    )
    {
        Assert.Equal(expected, await EstimateAsync(query, variables));
    }

    [Fact]
    public async Task The_standard_introspection_query_costs_its_field_selections()
    {
        // Every list counts once: 1 per field selected, fragments expanded, whatever the schema's size.
        Assert.Equal(199, await EstimateAsync(IntrospectionQuery, null));
    }

    [Fact]
    public async Task An_operation_over_the_limit_is_refused_before_any_resolver_runs()
    {
        var resolved = 0;
        var executor = Executor(
            Sdl,
            bind =>
                bind.Resolve("Query.users", _ => new ValueTask<object?>(Interlocked.Increment(ref resolved))),
            new ExecutionOptions()
        );
        var result = await executor.ExecuteAsync(
            Request("\n  { users(max: 100000) { friends(first: 1000) { name } } }", null)
        );
        Assert.Equal(0, resolved);
        Assert.False(result.HasData);
        Assert.Equal(ExecutionResult.ErrorKind.Limit, result.Kind);
        Assert.Equal(100_100_001, result.Cost);
        var error = Assert.Single(result.Errors);
        Assert.Equal(
            "The query is too complex. The estimated complexity of the query is 100100001, which is greater than the maximum allowed complexity limit of 50000.",
            error.Message
        );
        Assert.Equal("QUERY_COMPLEXITY_REACHED", error.Code);
        Assert.Equal([new SourceLocation(2, 3)], error.Locations);
        Assert.DoesNotContain("\"data\"", result.ToJson());
    }

    [Theory]
    [InlineData(22, true)]
    [InlineData(21, false)]
    public async Task The_limit_is_configurable_and_inclusive(int limit, bool runs)
    {
        var executor = Executor(Sdl, options: new ExecutionOptions { MaxOperationComplexity = limit });
        var result = await executor.ExecuteAsync(
            Request("query ($n: Int) { films(first: $n) { nodes { title } } }", """{"n": 11}""")
        );
        Assert.Equal(22, result.Cost);
        Assert.Equal(runs, result.HasData);
    }

    [Theory]
    [InlineData(2147483647)]
    [InlineData(0)]
    public async Task Sizes_too_large_to_count_are_refused_as_the_largest_complexity(int outerSize)
    {
        var executor = Executor(
            Directives
                + """
                type Query { grid(n: Int): [[[[Cell]]]] @listSize(slicingArguments: ["n"]) }
                type Cell { v: Int grid(n: Int): [[[[Cell]]]] @listSize(slicingArguments: ["n"]) }
                """
        );
        var inner = "v";
        for (var level = 0; level < 9; level++)
            inner = $"grid(n: 2147483647) {{ {inner} }}";
        var result = await executor.ExecuteAsync(Request($"{{ grid(n: {outerSize}) {{ {inner} }} }}", null));
        Assert.Equal(long.MaxValue, result.Cost);
        Assert.Equal("QUERY_COMPLEXITY_REACHED", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task The_default_list_size_is_configurable()
    {
        var executor = Executor(Sdl, options: new ExecutionOptions { DefaultListSize = 50 });
        var result = await executor.ExecuteAsync(Request("{ tags { label } }", null));
        Assert.Equal(51, result.Cost);
    }

    [Fact]
    public async Task An_interceptor_sees_the_cost_before_any_resolver_and_may_refuse()
    {
        var resolved = 0;
        long? charged = null;
        var refusal = new GraphQLError("Budget spent.", code: "RATE_LIMITED");
        var executor = Executor(
            Sdl,
            bind =>
                bind.Resolve("Query.users", _ => new ValueTask<object?>(Interlocked.Increment(ref resolved))),
            interceptors: new DelegateInterceptor(request =>
            {
                charged = request.Cost;
                return refusal;
            })
        );
        var result = await executor.ExecuteAsync(
            new ExecutionRequest { Query = "{ users(max: 5) { age } }" }
        );
        Assert.Equal(11, charged);
        Assert.Equal(0, resolved);
        Assert.Equal(ExecutionResult.ErrorKind.Refused, result.Kind);
        Assert.False(result.HasData);
        Assert.Same(refusal, Assert.Single(result.Errors));
        Assert.Equal(11, result.Cost);
    }

    [Fact]
    public async Task An_approving_interceptor_lets_the_operation_run()
    {
        var executor = Executor(
            Sdl,
            bind => bind.Resolve("Query.tags", _ => new ValueTask<object?>(new[] { 1 })),
            interceptors: new DelegateInterceptor(_ => null)
        );
        var result = await executor.ExecuteAsync(new ExecutionRequest { Query = "{ tags { __typename } }" });
        Assert.True(result.HasData);
        Assert.Equal(1, result.Cost);
        Assert.Equal("""{"data":{"tags":[{"__typename":"Tag"}]}}""", result.ToJson());
    }

    [Fact]
    public async Task Operations_over_the_limit_never_reach_the_interceptors()
    {
        var gated = false;
        var executor = Executor(
            Sdl,
            options: new ExecutionOptions { MaxOperationComplexity = 10 },
            interceptors: new DelegateInterceptor(_ =>
            {
                gated = true;
                return null;
            })
        );
        var result = await executor.ExecuteAsync(
            new ExecutionRequest { Query = "{ users(max: 5) { age } }" }
        );
        Assert.False(gated);
        Assert.Equal("QUERY_COMPLEXITY_REACHED", Assert.Single(result.Errors).Code);
    }

    [Theory]
    [InlineData("{ page(first: 2, last: 3) { name } }", "several were given")]
    [InlineData("{ page { name } }", "none was given")]
    [InlineData("{ users { name } }", "none was given")]
    [InlineData("query ($a: Int, $b: Int) { page(first: $a, last: $b) { name } }", "several were given")]
    public async Task A_field_that_requires_one_slicing_argument_refuses_none_or_several(
        string query,
        string problem
    )
    {
        var result = await Create().ExecuteAsync(Request(query, """{"a": 1, "b": 2}"""));
        Assert.False(result.HasData);
        var error = Assert.Single(result.Errors);
        Assert.Equal("INVALID_SLICING_ARGUMENTS", error.Code);
        Assert.EndsWith(problem + ".", error.Message);
        Assert.StartsWith("Exactly one of the slicing arguments", error.Message);
    }

    [Fact]
    public async Task One_slicing_argument_from_a_variable_satisfies_the_requirement()
    {
        Assert.Equal(
            5,
            await EstimateAsync(
                "query ($a: Int, $b: Int) { page(first: $a, last: $b) { name } }",
                """{"b": 4}"""
            )
        );
    }

    [Fact]
    public async Task An_estimate_without_variables_is_kept_with_the_prepared_operation()
    {
        var executor = Create();
        const string constant = "{ users(max: 5) { age } }";
        const string variable = "query ($n: Int) { users(max: $n) { age } }";
        await executor.ExecuteAsync(Request(constant, null));
        await executor.ExecuteAsync(Request(variable, """{"n": 1}"""));
        Assert.Equal(11, PreparedOf(executor, constant).ConstantCost?.Complexity);
        Assert.Null(PreparedOf(executor, variable).ConstantCost);
        Assert.Equal(21, (await executor.ExecuteAsync(Request(variable, """{"n": 10}"""))).Cost);
    }

    public static TheoryData<string, string> MisusedDirectives() =>
        new()
        {
            {
                """type Query { a: Int @cost(weight: "heavy") }""",
                "The @cost weight of \"Query.a\" must be a number"
            },
            {
                "type Query { a(first: Int): [Int] @listSize(slicingArguments: [\"size\"]) }",
                "The @listSize slicing argument \"size\" is not an argument of \"Query.a\"."
            },
            {
                "type Query { a(first: String): [Int] @listSize(slicingArguments: [\"first\"]) }",
                "The @listSize slicing argument \"Query.a(first:)\" is of type \"String\": it must be an Int or a list."
            },
            {
                "type Query { a: Page @listSize(assumedSize: 5, sizedFields: [\"total\"]) } type Page { total: Int }",
                "The @listSize sized field \"total\" of \"Query.a\" is not a list field of \"Page\"."
            },
            {
                "type Query { a: Int @listSize(assumedSize: 5) }",
                "@listSize on \"Query.a\" sizes nothing: the field is not a list and names no sizedFields."
            },
            {
                "type Query { a: [Int] @listSize(assumedSize: -1) }",
                "The @listSize assumedSize of \"Query.a\" is negative."
            },
            {
                """type Query { a: Named } interface Named { name: String @cost(weight: "2") } type Thing implements Named { name: String }""",
                "@cost is not allowed on the interface field \"Named.name\""
            },
        };

    [Theory]
    [MemberData(nameof(MisusedDirectives))]
    public void Misused_cost_directives_stop_the_schema_with_a_clear_error(string sdl, string message)
    {
        var exception = Assert.Throws<SchemaException>(() =>
            ExecutableSchema.Create(SchemaBuilder.FromSdl(Directives + sdl))
        );
        var error = Assert.Single(exception.Errors);
        Assert.StartsWith(message, error.Message);
        Assert.Equal("CostDirectivesRule", error.Rule);
    }

    [Fact]
    public async Task A_schema_without_the_directives_costs_one_per_field_and_ten_per_list_item()
    {
        var executor = Executor("type Query { items: [Item] } type Item { a: Int b: Int }");
        var result = await executor.ExecuteAsync(Request("{ items { a b } }", null));
        Assert.Equal(21, result.Cost);
    }

    [Fact]
    public void The_printer_keeps_applied_directives_on_request_and_reads_back_the_same()
    {
        var schema = SchemaBuilder.FromSdl(Sdl);
        var printed = SchemaPrinter.Print(schema, includeAppliedDirectives: true);
        Assert.Contains(
            "topProducts(filter: Filter @cost(weight: \"15.0\")): [String] @cost(weight: \"5.0\") @listSize(assumedSize: 10)",
            printed
        );
        Assert.Contains("type Pinned @cost(weight: \"4\") {", printed);
        Assert.DoesNotContain("@cost(weight: \"5.0\")", SchemaPrinter.Print(schema));
        Assert.Equal(
            printed,
            SchemaPrinter.Print(SchemaBuilder.FromSdl(printed), includeAppliedDirectives: true)
        );
    }

    private static RequestExecutor Create() => Executor(Sdl);

    /// <summary>The estimate an interceptor is handed; the interceptor refuses, so no resolver runs.</summary>
    private static async Task<long> EstimateAsync(string query, string? variables)
    {
        long? estimate = null;
        var executor = Executor(
            Sdl,
            interceptors: new DelegateInterceptor(request =>
            {
                estimate = request.Cost;
                return new GraphQLError("Estimated.");
            })
        );
        var result = await executor.ExecuteAsync(Request(query, variables));
        Assert.Equal(ExecutionResult.ErrorKind.Refused, result.Kind);
        return estimate!.Value;
    }

    private static ExecutionRequest Request(string query, string? variables) =>
        new()
        {
            Query = query,
            Variables = variables is null
                ? null
                : JsonSerializer
                    .Deserialize<Dictionary<string, JsonElement>>(variables)!
                    .ToDictionary(p => p.Key, p => (object?)p.Value),
        };

    private static PreparedOperation PreparedOf(RequestExecutor executor, string query) =>
        executor
            .Documents.TryGet(DocumentCache.HashOf(query))!
            .GetOrPrepare("", () => throw new InvalidOperationException("The operation was never prepared."));

    private const string IntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            queryType { name }
            mutationType { name }
            subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) {
            name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason
          }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name
            ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }
        }
        """;
}
