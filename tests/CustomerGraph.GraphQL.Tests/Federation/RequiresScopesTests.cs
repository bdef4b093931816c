using CustomerGraph.GraphQL.Federation;
using CustomerGraph.GraphQL.Tests.Execution;
using static CustomerGraph.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace CustomerGraph.GraphQL.Tests.Federation;

/// <summary>
/// <see cref="RequiresScopes"/>: <c>@requiresScopes</c> with federation's meaning (outer list any-of, inner list
/// all-of), enforced by a field guard before the field's resolver runs.
/// </summary>
public sealed class RequiresScopesTests
{
    private const string Sdl = """
        directive @requiresScopes(scopes: [[String!]!]!) on FIELD_DEFINITION | OBJECT | INTERFACE | SCALAR | ENUM
        interface Named { name: String @requiresScopes(scopes: [["names"]]) }
        type Item implements Named { name: String code: String }
        type Query {
          open: String
          read: String @requiresScopes(scopes: [["read"]])
          both: String @requiresScopes(scopes: [["read", "write"]])
          either: String @requiresScopes(scopes: [["admin", "root"], ["read", "write"]])
          item: Item @requiresScopes(scopes: [["read"]])
          generated: String
        }
        """;

    private static readonly object Root = new Dictionary<string, object?>
    {
        ["open"] = "open",
        ["read"] = "read",
        ["both"] = "both",
        ["either"] = "either",
        ["generated"] = "generated",
        ["item"] = new Item("first", "A1"),
    };

    private sealed record Item(string Name, string Code);

    private static RequestExecutor Executor(
        List<string> resolved,
        Func<RequiresScopes, RequiresScopes>? setup = null
    )
    {
        var module = setup?.Invoke(new RequiresScopes()) ?? new RequiresScopes();
        return ExecutionTestHelpers.Executor(
            Sdl,
            bind =>
            {
                foreach (var field in new[] { "open", "read", "both", "either", "generated" })
                    bind.Resolve(
                        "Query." + field,
                        context =>
                        {
                            resolved.Add(field);
                            return new ValueTask<object?>(
                                ((Dictionary<string, object?>)context.Parent!)[field]
                            );
                        }
                    );
                bind.BindType<Item>("Item");
                module.Bind(bind);
            }
        );
    }

    private static async Task<string> RunAsync(
        RequestExecutor executor,
        string query,
        params string[]? scopes
    )
    {
        var items = new Dictionary<string, object?>();
        if (scopes is not null)
            items[RequiresScopes.GrantedScopesItem] = scopes.ToHashSet();
        var result = await executor.ExecuteAsync(
            new ExecutionRequest
            {
                Query = query,
                RootValue = Root,
                Items = items,
            }
        );
        return result.ToJson();
    }

    [Fact]
    public async Task A_field_without_its_scope_fails_with_FORBIDDEN_naming_the_scope_and_its_resolver_never_runs()
    {
        var resolved = new List<string>();
        var json = await RunAsync(Executor(resolved), "{ open read }", "write");
        var root = System.Text.Json.JsonDocument.Parse(json).RootElement;
        Assert.Equal(Json("{'open': 'open', 'read': null}"), root.GetProperty("data").GetRawText());
        var error = Assert.Single(root.GetProperty("errors").EnumerateArray());
        Assert.Equal(
            "Query.read needs the scope \"read\", which the request was not granted.",
            error.GetProperty("message").GetString()
        );
        Assert.Equal(Json("['read']"), error.GetProperty("path").GetRawText());
        Assert.Equal(
            Json("{'code': 'FORBIDDEN', 'requiredScopes': [['read']], 'missingScopes': ['read']}"),
            error.GetProperty("extensions").GetRawText()
        );
        Assert.Equal(["open"], resolved);
    }

    [Theory]
    // Inner list: every scope is needed.
    [InlineData("both", new[] { "read", "write" }, null)]
    [InlineData("both", new[] { "read" }, "write")]
    [InlineData("both", new string[0], "read,write")]
    // Outer list: any one alternative suffices; the closest alternative is the one reported.
    [InlineData("either", new[] { "admin", "root" }, null)]
    [InlineData("either", new[] { "read", "write" }, null)]
    [InlineData("either", new[] { "read" }, "write")]
    [InlineData("either", new[] { "admin" }, "root")]
    [InlineData("either", new string[0], "admin,root")]
    [InlineData("read", new[] { "read", "extra" }, null)]
    public async Task Any_of_the_alternatives_suffices_and_each_needs_all_its_scopes(
        string field,
        string[] granted,
        string? missing
    )
    {
        var resolved = new List<string>();
        var json = await RunAsync(Executor(resolved), $"{{ {field} }}", granted);
        if (missing is null)
        {
            Assert.Equal(Json($"{{'data': {{'{field}': '{field}'}}}}"), json);
            Assert.Equal([field], resolved);
            return;
        }
        var error = System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("errors")[0];
        Assert.Equal("FORBIDDEN", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(
            missing.Split(','),
            error
                .GetProperty("extensions")
                .GetProperty("missingScopes")
                .EnumerateArray()
                .Select(scope => scope.GetString())
        );
        foreach (var scope in missing.Split(','))
            Assert.Contains($"\"{scope}\"", error.GetProperty("message").GetString());
        Assert.Empty(resolved);
    }

    [Fact]
    public async Task A_request_without_granted_scopes_is_granted_none()
    {
        var json = await RunAsync(Executor([]), "{ open read }", null);
        Assert.Contains("\"code\":\"FORBIDDEN\"", json);
        Assert.Contains("\"open\":\"open\"", json);
    }

    [Fact]
    public async Task An_interface_field_s_scopes_apply_to_its_implementations_together_with_the_field_s_own_path()
    {
        var executor = Executor([]);
        var denied = await RunAsync(executor, "{ item { code name } }", "read");
        Assert.Contains("Item.name needs the scope", denied);
        Assert.Contains("\"missingScopes\":[\"names\"]", denied);
        Assert.Contains("\"code\":\"A1\"", denied);
        var allowed = await RunAsync(executor, "{ item { code name } }", "read", "names");
        Assert.Equal(Json("{'data': {'item': {'code': 'A1', 'name': 'first'}}}"), allowed);
    }

    [Fact]
    public async Task Require_guards_a_field_the_SDL_does_not_annotate_and_combines_with_its_directive()
    {
        var resolved = new List<string>();
        var executor = Executor(
            resolved,
            module =>
                module
                    .Require("Query.generated", ScopeRequirement.AllOf("read"))
                    .Require("Query.read", ScopeRequirement.AllOf("audit"))
        );
        Assert.Contains("FORBIDDEN", await RunAsync(executor, "{ generated }", "write"));
        Assert.Contains("\"generated\":\"generated\"", await RunAsync(executor, "{ generated }", "read"));
        var both = await RunAsync(executor, "{ read }", "read");
        Assert.Contains("\"missingScopes\":[\"audit\"]", both);
        Assert.Equal(
            Json("{'data': {'read': 'read'}}"),
            await RunAsync(executor, "{ read }", "read", "audit")
        );
        Assert.Equal(["generated", "read"], resolved);
    }

    [Fact]
    public async Task A_host_may_supply_the_granted_scopes_from_its_own_request_state()
    {
        var module = new RequiresScopes(context =>
            context.Services.GetService(typeof(IReadOnlySet<string>)) as IReadOnlySet<string>
            ?? new HashSet<string>()
        );
        var executor = ExecutionTestHelpers.Executor(
            Sdl,
            bind =>
            {
                bind.Resolve("Query.read", _ => new ValueTask<object?>("read")).BindType<Item>("Item");
                module.Bind(bind);
            }
        );
        var result = await executor.ExecuteAsync(
            new ExecutionRequest
            {
                Query = "{ read }",
                Services = new ScopeServices(new HashSet<string> { "read" }),
            }
        );
        Assert.Equal(Json("{'data': {'read': 'read'}}"), result.ToJson());
    }

    [Theory]
    [InlineData("type Query { a: String @requiresScopes(scopes: []) }", "needs scopes")]
    [InlineData("type Query { a: String @requiresScopes(scopes: [[]]) }", "needs scopes")]
    [InlineData("type Query { a: String @requiresScopes(scopes: [[\"\"]]) }", "needs scopes")]
    [InlineData(
        "type Query @requiresScopes(scopes: [[\"a\"]]) { a: String }",
        "on the type Query is not enforced"
    )]
    public void Start_up_stops_on_a_use_the_guard_could_not_enforce(string sdl, string message)
    {
        var schema = SchemaBuilder.FromSdl(
            "directive @requiresScopes(scopes: [[String!]!]!) on FIELD_DEFINITION | OBJECT | INTERFACE | SCALAR | ENUM\n"
                + sdl
        );
        var exception = Assert.Throws<SchemaException>(() =>
            ExecutableSchema.Create(schema, bind => new RequiresScopes().Bind(bind))
        );
        Assert.Contains(message, exception.Message);
    }

    [Fact]
    public void Requiring_scopes_of_a_field_the_schema_lacks_stops_start_up()
    {
        var exception = Assert.Throws<SchemaException>(() =>
            ExecutableSchema.Create(
                SchemaBuilder.FromSdl(Sdl),
                bind => new RequiresScopes().Require("Query.missing", ScopeRequirement.AllOf("a")).Bind(bind)
            )
        );
        Assert.Contains("Cannot require scopes of \"Query.missing\"", exception.Message);
    }

    private sealed class ScopeServices(IReadOnlySet<string> scopes) : IServiceProvider
    {
        public object? GetService(Type serviceType) =>
            serviceType == typeof(IReadOnlySet<string>) ? scopes : null;
    }
}
