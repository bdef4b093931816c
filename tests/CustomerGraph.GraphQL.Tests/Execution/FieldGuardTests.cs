using CustomerGraph.GraphQL.Execution;
using CustomerGraph.GraphQL.Types;
using static CustomerGraph.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace CustomerGraph.GraphQL.Tests.Execution;

/// <summary><see cref="ResolverBindings.Guard"/>: a guard chosen per field definition runs before that field resolves.</summary>
public class FieldGuardTests
{
    private const string Sdl = """
        directive @locked on FIELD_DEFINITION
        type Query {
          open: String
          secret: String @locked
          byProperty: Item
          items: [Item!]!
        }
        type Item { name: String! code: String @locked }
        """;

    private static readonly object Root = new Dictionary<string, object?>
    {
        ["open"] = "open",
        ["byProperty"] = new Item("first", "A1"),
        ["items"] = new[] { new Item("first", "A1"), new Item("second", "B2") },
    };

    private sealed record Item(string Name, string Code);

    /// <summary>Guards the fields marked @locked unless the request items hold "unlocked".</summary>
    private static RequestExecutor Executor(List<string> resolved) =>
        ExecutionTestHelpers.Executor(
            Sdl,
            bind =>
                bind.Resolve(
                        "Query.secret",
                        _ =>
                        {
                            resolved.Add("Query.secret");
                            return new ValueTask<object?>("the secret");
                        }
                    )
                    .BindType<Item>("Item")
                    .Guard(field =>
                        field.AppliedDirectives.Any(directive => directive.Name.Value == "locked")
                            ? context =>
                            {
                                if (!context.RequestItems.ContainsKey("unlocked"))
                                    throw new GraphQLException(
                                        $"{context.ParentType.Name}.{context.Field.Name} is locked.",
                                        "LOCKED"
                                    );
                            }
                            : null
                    )
        );

    [Fact]
    public async Task A_guard_that_throws_fails_the_field_with_its_code_and_the_resolver_never_runs()
    {
        var resolved = new List<string>();
        var json = await Executor(resolved).RunAsync("{ open secret }", Root);
        Assert.Equal(
            Json(
                "{'errors': [{'message': 'Query.secret is locked.', 'locations': [{'line': 1, 'column': 8}], 'path': ['secret'], 'extensions': {'code': 'LOCKED'}}], 'data': {'open': 'open', 'secret': null}}"
            ),
            json
        );
        Assert.Empty(resolved);
    }

    [Fact]
    public async Task A_guard_that_passes_lets_the_bound_resolver_answer()
    {
        var resolved = new List<string>();
        var result = await Executor(resolved)
            .ExecuteAsync(
                new ExecutionRequest
                {
                    Query = "{ secret byProperty { code } }",
                    RootValue = Root,
                    Items = new Dictionary<string, object?> { ["unlocked"] = true },
                }
            );
        Assert.Equal(
            Json("{'data': {'secret': 'the secret', 'byProperty': {'code': 'A1'}}}"),
            result.ToJson()
        );
        Assert.Equal(["Query.secret"], resolved);
    }

    [Fact]
    public async Task Fields_read_from_properties_are_guarded_too()
    {
        var json = await Executor([]).RunAsync("{ byProperty { name code } items { name } }", Root);
        Assert.Equal(
            Json(
                "{'errors': [{'message': 'Item.code is locked.', 'locations': [{'line': 1, 'column': 21}], 'path': ['byProperty', 'code'], 'extensions': {'code': 'LOCKED'}}], 'data': {'byProperty': {'name': 'first', 'code': null}, 'items': [{'name': 'first'}, {'name': 'second'}]}}"
            ),
            json
        );
    }

    [Fact]
    public async Task Unguarded_fields_and_introspection_resolve_as_before()
    {
        var json = await Executor([]).RunAsync("{ open __typename __type(name: \"Item\") { name } }", Root);
        Assert.Equal(
            Json("{'data': {'open': 'open', '__typename': 'Query', '__type': {'name': 'Item'}}}"),
            json
        );
    }
}
