using System.Collections.Concurrent;
using CustomerGraph.GraphQL.Execution;
using CustomerGraph.GraphQL.Types;
using static CustomerGraph.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace CustomerGraph.GraphQL.Tests.Execution;

/// <summary>Execution as spec section 6 describes it, observed through <see cref="RequestExecutor"/>.</summary>
public class ExecutionTests
{
    private const string PetsSdl = """
        type Query {
          hero: Character
          pets: [Pet!]
          nullablePets: [Pet]
          number: Int!
          greeting(name: String = "world", times: Int): String
          requiredGreeting: String!
          failing: String
          nested: Nested
        }
        type Mutation { append(value: String!): [String!]! }
        interface Character { name: String! }
        type Human implements Character { name: String! height: Float }
        type Droid implements Character { name: String! primaryFunction: String }
        union Pet = Dog | Cat
        type Dog { name: String! barks: Boolean }
        type Cat { name: String! meows: Boolean }
        type Nested { required: Inner! optional: Inner }
        type Inner { value: String! }
        """;

    [Fact]
    public async Task Fields_come_back_in_document_order_with_aliases_spec_6_3()
    {
        var executor = Executor(PetsSdl);
        var json = await executor.RunAsync(
            "{ b: number a: hero { name } number }",
            Data("{'number': 7, 'hero': {'__typename': 'Human', 'name': 'Luke'}}")
        );
        Assert.Equal(Json("{'data': {'b': 7, 'a': {'name': 'Luke'}, 'number': 7}}"), json);
    }

    [Fact]
    public async Task Fragments_on_abstract_types_apply_by_runtime_type()
    {
        var executor = Executor(PetsSdl);
        var json = await executor.RunAsync(
            "{ pets { __typename ... on Dog { barks } ...CatFields } } fragment CatFields on Cat { name meows }",
            Data(
                "{'pets': [{'__typename': 'Dog', 'name': 'Rex', 'barks': true}, {'__typename': 'Cat', 'name': 'Tom', 'meows': false}]}"
            )
        );
        Assert.Equal(
            Json(
                "{'data': {'pets': [{'__typename': 'Dog', 'barks': true}, {'__typename': 'Cat', 'name': 'Tom', 'meows': false}]}}"
            ),
            json
        );
    }

    [Fact]
    public async Task A_type_resolver_hook_decides_the_runtime_type()
    {
        var executor = Executor(
            PetsSdl,
            b =>
                b.ResolveType(
                    "Character",
                    (value, context) =>
                        context.Schema.GetType(
                            ((Dictionary<string, object?>)value).ContainsKey("height") ? "Human" : "Droid"
                        ) as GraphQL.Types.ObjectType
                )
        );
        var json = await executor.RunAsync(
            "{ hero { __typename name } }",
            Data("{'hero': {'name': 'R2', 'primaryFunction': 'astromech'}}")
        );
        Assert.Equal(Json("{'data': {'hero': {'__typename': 'Droid', 'name': 'R2'}}}"), json);
    }

    [Fact]
    public async Task Null_in_a_non_null_field_nulls_the_nearest_nullable_parent_spec_6_4_4()
    {
        var executor = Executor(PetsSdl);
        var json = await executor.RunAsync(
            "{ nested { optional { value } required { value } } }",
            Data("{'nested': {'optional': {'value': 'x'}, 'required': {'value': null}}}")
        );
        Assert.Equal(
            Json(
                "{'errors': [{'message': 'Cannot return null for non-nullable field Inner.value.', 'locations': [{'line': 1, 'column': 42}], 'path': ['nested', 'required', 'value']}], 'data': {'nested': null}}"
            ),
            json
        );
    }

    [Fact]
    public async Task Null_items_in_a_list_of_non_null_items_null_the_whole_list()
    {
        var executor = Executor(PetsSdl);
        var json = await executor.RunAsync(
            "{ pets { ... on Dog { name } } nullablePets { ... on Cat { name } } }",
            Data(
                "{'pets': [{'__typename': 'Dog', 'name': 'Rex'}, null], 'nullablePets': [null, {'__typename': 'Cat', 'name': 'Tom'}]}"
            )
        );
        Assert.Equal(
            Json(
                "{'errors': [{'message': 'Cannot return null for non-nullable field Query.pets.', 'locations': [{'line': 1, 'column': 3}], 'path': ['pets', 1]}], 'data': {'pets': null, 'nullablePets': [null, {'name': 'Tom'}]}}"
            ),
            json
        );
    }

    [Fact]
    public async Task A_null_root_field_that_is_non_null_nulls_data()
    {
        var executor = Executor(PetsSdl);
        var json = await executor.RunAsync("{ number requiredGreeting }", Data("{'number': 1}"));
        Assert.Equal(
            Json(
                "{'errors': [{'message': 'Cannot return null for non-nullable field Query.requiredGreeting.', 'locations': [{'line': 1, 'column': 10}], 'path': ['requiredGreeting']}], 'data': null}"
            ),
            json
        );
    }

    [Fact]
    public async Task A_throwing_resolver_becomes_a_generic_field_error_and_the_rest_survives()
    {
        var logged = new List<string>();
        var executor = Executor(
            PetsSdl,
            b =>
                b.Resolve(
                    "Query.failing",
                    _ => throw new InvalidOperationException("connection string leaked")
                ),
            new ExecutionOptions { OnResolverException = (e, field) => logged.Add($"{field}: {e.Message}") }
        );
        var json = await executor.RunAsync("{ failing number }", Data("{'number': 3}"));
        Assert.Equal(
            Json(
                "{'errors': [{'message': 'Unexpected Execution Error', 'locations': [{'line': 1, 'column': 3}], 'path': ['failing'], 'extensions': {'code': 'UNEXPECTED_EXECUTION_ERROR'}}], 'data': {'failing': null, 'number': 3}}"
            ),
            json
        );
        Assert.Equal(["Query.failing: connection string leaked"], logged);
    }

    [Fact]
    public async Task Exception_details_are_shown_only_when_the_development_flag_is_set()
    {
        var executor = Executor(
            PetsSdl,
            b => b.Resolve("Query.failing", _ => throw new InvalidOperationException("details")),
            new ExecutionOptions { IncludeExceptionDetails = true }
        );
        var json = await executor.RunAsync("{ failing }");
        Assert.Contains("\"message\":\"details\"", json);
        Assert.Contains("\"exception\":\"System.InvalidOperationException\"", json);
    }

    [Fact]
    public async Task A_GraphQLException_keeps_its_message_and_code()
    {
        var executor = Executor(
            PetsSdl,
            b => b.Resolve("Query.failing", _ => throw new GraphQLException("Not yours.", "FORBIDDEN"))
        );
        var json = await executor.RunAsync("{ failing }");
        Assert.Equal(
            Json(
                "{'errors': [{'message': 'Not yours.', 'locations': [{'line': 1, 'column': 3}], 'path': ['failing'], 'extensions': {'code': 'FORBIDDEN'}}], 'data': {'failing': null}}"
            ),
            json
        );
    }

    [Fact]
    public async Task Arguments_get_defaults_and_typed_access()
    {
        var executor = Executor(
            PetsSdl,
            b =>
                b.Resolve(
                    "Query.greeting",
                    ctx => new ValueTask<object?>(
                        $"hello {ctx.Argument<string>("name")} x{ctx.Argument<int?>("times") ?? 1} given:{ctx.HasArgument("times")}"
                    )
                )
        );
        var json = await executor.RunAsync(
            "query($t: Int) { a: greeting b: greeting(name: \"you\", times: $t) }",
            variablesJson: "{\"t\": 3}"
        );
        Assert.Equal(
            Json("{'data': {'a': 'hello world x1 given:False', 'b': 'hello you x3 given:True'}}"),
            json
        );
    }

    [Fact]
    public async Task Mutation_root_fields_run_strictly_one_after_another_spec_6_2_2()
    {
        var log = new ConcurrentQueue<string>();
        var running = 0;
        var overlapped = false;
        var executor = Executor(
            PetsSdl,
            b =>
                b.Resolve(
                    "Mutation.append",
                    async ctx =>
                    {
                        if (Interlocked.Increment(ref running) > 1)
                            overlapped = true;
                        var value = ctx.Argument<string>("value")!;
                        await Task.Delay(value == "first" ? 30 : 1);
                        log.Enqueue(value);
                        Interlocked.Decrement(ref running);
                        return log.ToArray();
                    }
                )
        );
        var json = await executor.RunAsync(
            "mutation { a: append(value: \"first\") b: append(value: \"second\") }"
        );
        Assert.False(overlapped);
        Assert.Equal(Json("{'data': {'a': ['first'], 'b': ['first', 'second']}}"), json);
    }

    [Fact]
    public async Task Query_root_fields_may_run_concurrently()
    {
        var bothStarted = new TaskCompletionSource();
        var started = 0;
        FieldResolver waitForSibling = async ctx =>
        {
            if (Interlocked.Increment(ref started) == 2)
                bothStarted.SetResult();
            await bothStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
            return "done";
        };
        var executor = Executor(PetsSdl, b => b.Resolve("Query.greeting", waitForSibling));
        var json = await executor.RunAsync("{ a: greeting b: greeting(name: \"x\") }");
        Assert.Equal(Json("{'data': {'a': 'done', 'b': 'done'}}"), json);
    }

    [Fact]
    public async Task Skip_and_include_follow_variables_and_cached_plans_do_not_leak_between_requests()
    {
        var executor = Executor(PetsSdl);
        const string query =
            "query($skip: Boolean!) { number @skip(if: $skip) hero @include(if: $skip) { name } }";
        var root = Data("{'number': 1, 'hero': {'__typename': 'Human', 'name': 'Leia'}}");
        Assert.Equal(
            Json("{'data': {'number': 1}}"),
            await executor.RunAsync(query, root, "{\"skip\": false}")
        );
        Assert.Equal(
            Json("{'data': {'hero': {'name': 'Leia'}}}"),
            await executor.RunAsync(query, root, "{\"skip\": true}")
        );
        Assert.Equal(
            Json("{'data': {'number': 1}}"),
            await executor.RunAsync(query, root, "{\"skip\": false}")
        );
        Assert.Equal(1, executor.Documents.Count);
    }

    [Fact]
    public async Task Operations_are_selected_by_name()
    {
        var executor = Executor(PetsSdl);
        var root = Data("{'number': 5}");
        const string document = "query A { number } query B { n: number }";
        Assert.Equal(Json("{'data': {'n': 5}}"), await executor.RunAsync(document, root, operationName: "B"));
        Assert.Equal(
            Json(
                "{'errors': [{'message': 'Must provide operation name if query contains multiple operations.', 'extensions': {'code': 'OPERATION_NOT_FOUND'}}]}"
            ),
            await executor.RunAsync(document, root)
        );
        Assert.Equal(
            """{"errors":[{"message":"Unknown operation named \"C\".","extensions":{"code":"OPERATION_NOT_FOUND"}}]}""",
            await executor.RunAsync(document, root, operationName: "C")
        );
    }

    [Fact]
    public async Task Invalid_variables_are_request_errors_with_no_data()
    {
        var executor = Executor(PetsSdl);
        var json = await executor.RunAsync(
            "query($t: Int!) { greeting(times: $t) }",
            variablesJson: "{\"t\": \"many\"}"
        );
        Assert.Equal(
            """{"errors":[{"message":"Variable \"$t\" has invalid value: Int cannot represent non-integer value: \"many\"","locations":[{"line":1,"column":7}],"extensions":{"code":"BAD_USER_INPUT"}}]}""",
            json
        );
    }

    [Fact]
    public async Task Missing_required_variables_are_reported()
    {
        var executor = Executor(PetsSdl);
        var json = await executor.RunAsync("query($t: Int!) { greeting(times: $t) }");
        Assert.Contains(
            """Variable \"$t\" has invalid value: Expected a value of non-null type \"Int!\" to be provided.""",
            json
        );
    }

    [Fact]
    public async Task Scalar_results_that_do_not_fit_are_field_errors()
    {
        var executor = Executor(PetsSdl);
        var json = await executor.RunAsync(
            "{ greeting number }",
            Data("{'greeting': 'hi', 'number': 'seven'}")
        );
        Assert.Contains("Int cannot represent non-integer value: \\\"seven\\\"", json);
        Assert.EndsWith(Json("{'data': null}")[1..], json);
    }

    [Fact]
    public async Task Binding_problems_are_all_listed_at_start_up()
    {
        var exception = Assert.Throws<Errors.SchemaException>(() =>
            ExecutableSchema.Create(
                GraphQL.Types.SchemaBuilder.FromSdl(PetsSdl),
                b =>
                {
                    b.RequireResolvers = true;
                    b.Resolve("Query.nope", _ => default);
                    b.BindType<WrongDog>("Dog");
                }
            )
        );
        var messages = exception.Errors.Select(e => e.Message).ToList();
        Assert.Contains("Cannot bind a resolver to \"Query.nope\": the schema has no such field.", messages);
        Assert.Contains(
            "Field \"Dog.barks\" has no resolver and WrongDog has no property \"barks\".",
            messages
        );
        Assert.Contains(
            "Field \"Dog.name\" of type \"String!\" cannot be read from WrongDog.Name of type Int32.",
            messages
        );
        Assert.Contains("Field \"Query.number\" has no resolver.", messages);
    }

    [Fact]
    public async Task Clr_objects_are_read_through_their_properties()
    {
        var executor = Executor(PetsSdl, b => b.BindType<Dog>("Dog"));
        var json = await executor.RunAsync(
            "{ pets { ... on Dog { name barks } } }",
            new { Pets = new object[] { new Dog("Rex", true) } }
        );
        Assert.Equal(Json("{'data': {'pets': [{'name': 'Rex', 'barks': true}]}}"), json);
    }

    [Fact]
    public async Task Introspection_can_be_switched_off_leaving_typename()
    {
        var executor = Executor(PetsSdl, options: new ExecutionOptions { EnableIntrospection = false });
        Assert.Equal(Json("{'data': {'__typename': 'Query'}}"), await executor.RunAsync("{ __typename }"));
        var json = await executor.RunAsync("{ __schema { types { name } } }");
        Assert.Contains("\"code\":\"INTROSPECTION_DISABLED\"", json);
        Assert.DoesNotContain("\"data\"", json);
    }

    [Fact]
    public async Task Introspection_describes_types_and_honours_includeDeprecated()
    {
        var executor = Executor(
            """
            type Query { a: Int @deprecated(reason: "use b") b(x: Int = 3 @deprecated, y: Int): Int }
            input In @oneOf { p: Int q: String }
            """
        );
        var json = await executor.RunAsync(
            """
            { t: __type(name: "Query") { kind name fields { name } all: fields(includeDeprecated: true) { name isDeprecated deprecationReason args(includeDeprecated: true) { name defaultValue isDeprecated } } }
              i: __type(name: "In") { kind isOneOf inputFields { name type { kind name } } } }
            """
        );
        Assert.Equal(
            Json(
                """
                {'data': {'t': {'kind': 'OBJECT', 'name': 'Query', 'fields': [{'name': 'b'}],
                  'all': [{'name': 'a', 'isDeprecated': true, 'deprecationReason': 'use b', 'args': []},
                          {'name': 'b', 'isDeprecated': false, 'deprecationReason': null,
                           'args': [{'name': 'x', 'defaultValue': '3', 'isDeprecated': true}, {'name': 'y', 'defaultValue': null, 'isDeprecated': false}]}]},
                  'i': {'kind': 'INPUT_OBJECT', 'isOneOf': true, 'inputFields': [{'name': 'p', 'type': {'kind': 'SCALAR', 'name': 'Int'}}, {'name': 'q', 'type': {'kind': 'SCALAR', 'name': 'String'}}]}}}
                """
            ),
            json
        );
    }

    [Fact]
    public async Task A_timeout_cancels_the_operation_with_its_own_code()
    {
        var executor = Executor(
            PetsSdl,
            b =>
                b.Resolve(
                    "Query.greeting",
                    async ctx =>
                    {
                        await Task.Delay(Timeout.Infinite, ctx.CancellationToken);
                        return "never";
                    }
                ),
            new ExecutionOptions { ExecutionTimeout = TimeSpan.FromMilliseconds(100) }
        );
        var json = await executor.RunAsync("{ greeting }");
        Assert.Contains("\"code\":\"EXECUTION_TIMEOUT\"", json);
    }

    [Fact]
    public async Task A_canceled_request_stops_promptly()
    {
        var executor = Executor(
            PetsSdl,
            b =>
                b.Resolve(
                    "Query.greeting",
                    async ctx =>
                    {
                        await Task.Delay(Timeout.Infinite, ctx.CancellationToken);
                        return "never";
                    }
                )
        );
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        var json = await executor.RunAsync("{ greeting }", cancellationToken: cancellation.Token);
        Assert.Contains("\"code\":\"REQUEST_CANCELED\"", json);
    }

    [Fact]
    public async Task Guid_ids_are_written_as_their_canonical_text()
    {
        var id = new Guid("7d1c2e4f-0a9b-4c3d-8e7f-112233445566");
        var executor = Executor(
            "type Query { thing: Thing } type Thing { id: ID! }",
            b => b.BindType<Thing>("Thing")
        );
        var json = await executor.RunAsync("{ thing { id } }", new { Thing = new Thing(id) });
        Assert.Equal(Json("{'data': {'thing': {'id': '7d1c2e4f-0a9b-4c3d-8e7f-112233445566'}}}"), json);
    }

    private sealed record Thing(Guid Id);

    private sealed record Dog(string Name, bool Barks);

    private sealed record WrongDog(int Name);
}
