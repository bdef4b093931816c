using System.Text;
using static CustomerGraph.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace CustomerGraph.GraphQL.Tests.Execution;

/// <summary>Hostile documents get their own error code quickly, never a hang or a crash.</summary>
public class LimitTests
{
    private const string Sdl = """
        type Query { number: Int node: Node }
        type Node { next: Node value: Int }
        """;

    private static RequestExecutor Create(ExecutionOptions? options = null) =>
        Executor(Sdl, options: options);

    private static string CodeOf(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(
            json,
            new System.Text.Json.JsonDocumentOptions { MaxDepth = 512 }
        );
        return document
            .RootElement.GetProperty("errors")[0]
            .GetProperty("extensions")
            .GetProperty("code")
            .GetString()!;
    }

    [Fact]
    public async Task A_document_over_the_size_limit_is_refused_before_parsing()
    {
        var json = await Create().RunAsync("{ number }" + new string(' ', 70_000));
        Assert.Equal("DOCUMENT_TOO_LARGE", CodeOf(json));
    }

    [Fact]
    public async Task A_megabyte_of_nested_brackets_is_refused_not_a_stack_overflow()
    {
        var executor = Create(
            new ExecutionOptions { MaxDocumentBytes = 4_000_000, MaxTokens = int.MaxValue }
        );
        Assert.Equal("GRAPHQL_SYNTAX_ERROR", CodeOf(await executor.RunAsync(new string('{', 1_000_000))));
        Assert.Equal(
            "MAX_DEPTH_EXCEEDED",
            CodeOf(await executor.RunAsync("{ node(a: " + new string('[', 1_000_000) + ") }"))
        );
    }

    [Theory]
    [InlineData(500, false)]
    [InlineData(500, true)]
    public async Task Nesting_past_what_the_parser_reads_is_max_depth_exceeded_not_a_syntax_error(
        int levels,
        bool inAValue
    )
    {
        // Well-formed documents: only their depth is wrong, so they get the depth limit's code and message.
        var query = inAValue
            ? "{ node(a: " + new string('[', levels) + new string(']', levels) + ") { value } }"
            : "{ node "
                + string.Concat(Enumerable.Repeat("{ next ", levels))
                + "{ value }"
                + new string('}', levels)
                + " }";
        var json = await Create().RunAsync(query);
        Assert.Equal("MAX_DEPTH_EXCEEDED", CodeOf(json));
        Assert.Contains("selections may nest at most 32 levels", json);
    }

    [Fact]
    public async Task Too_many_tokens_stop_the_parser()
    {
        var aliases = string.Concat(Enumerable.Range(0, 100_000).Select(i => $"a{i}: number "));
        var executor = Create(new ExecutionOptions { MaxDocumentBytes = 4_000_000 });
        Assert.Equal("MAX_TOKENS_EXCEEDED", CodeOf(await executor.RunAsync("{ " + aliases + "}")));
    }

    [Fact]
    public async Task A_hundred_thousand_aliases_exceed_the_field_limit()
    {
        var aliases = string.Concat(Enumerable.Range(0, 100_000).Select(i => $"a{i}: number "));
        var executor = Create(
            new ExecutionOptions { MaxDocumentBytes = 4_000_000, MaxTokens = int.MaxValue }
        );
        Assert.Equal("MAX_FIELDS_EXCEEDED", CodeOf(await executor.RunAsync("{ " + aliases + "}")));
    }

    [Fact]
    public async Task Fragments_that_double_at_every_level_are_counted_expanded_without_blowing_up()
    {
        // 20 levels of "a: next { ...F } b: next { ...F }" select about two million fields.
        var document = new StringBuilder("{ node { ...F20 } }\nfragment F0 on Node { value }\n");
        for (var i = 1; i <= 20; i++)
            document.Append(
                $"fragment F{i} on Node {{ a: next {{ ...F{i - 1} }} b: next {{ ...F{i - 1} }} }}\n"
            );
        Assert.Equal("MAX_FIELDS_EXCEEDED", CodeOf(await Create().RunAsync(document.ToString())));
    }

    [Fact]
    public async Task Deep_selections_exceed_the_depth_limit()
    {
        var query =
            "{ node "
            + string.Concat(Enumerable.Repeat("{ next ", 40))
            + "{ value }"
            + new string('}', 40)
            + " }";
        Assert.Equal("MAX_DEPTH_EXCEEDED", CodeOf(await Create().RunAsync(query)));
    }

    [Fact]
    public async Task Fragment_cycles_are_validation_errors()
    {
        var json = await Create()
            .RunAsync(
                "{ node { ...A } } fragment A on Node { next { ...B } } fragment B on Node { next { ...A } }"
            );
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", CodeOf(json));
        Assert.Contains("Cannot spread fragment", json);
    }

    [Fact]
    public async Task Deep_introspection_is_refused_with_its_own_code()
    {
        var query =
            "{ __schema { types { fields { type { fields { type { fields { type { name } } } } } } } } }";
        Assert.Equal("INTROSPECTION_DEPTH_EXCEEDED", CodeOf(await Create().RunAsync(query)));
    }

    [Fact]
    public async Task A_fifty_level_introspection_query_is_refused()
    {
        var query =
            "{ __schema { types "
            + string.Concat(Enumerable.Repeat("{ fields { type ", 25))
            + "{ name }"
            + new string('}', 50)
            + " } }";
        var code = CodeOf(await Create(new ExecutionOptions { MaxSelectionDepth = 200 }).RunAsync(query));
        Assert.Equal("INTROSPECTION_DEPTH_EXCEEDED", code);
    }

    [Fact]
    public async Task Errors_are_capped()
    {
        var executor = Executor(
            "type Query { items: [Int!] }",
            b => b.Resolve("Query.items", _ => throw new InvalidOperationException()),
            new ExecutionOptions { MaxErrors = 3 }
        );
        var query = "{ " + string.Concat(Enumerable.Range(0, 10).Select(i => $"i{i}: items ")) + "}";
        using var document = System.Text.Json.JsonDocument.Parse(await executor.RunAsync(query));
        var errors = document.RootElement.GetProperty("errors");
        Assert.Equal(4, errors.GetArrayLength());
        Assert.Equal(
            "MAX_ERRORS_REACHED",
            errors[3].GetProperty("extensions").GetProperty("code").GetString()
        );
    }

    [Fact]
    public async Task A_cached_document_skips_parsing_and_validation()
    {
        var executor = Create();
        await executor.RunAsync("{ number }");
        var cached = executor.Documents.TryGet(DocumentCache.HashOf("{ number }"));
        Assert.NotNull(cached);
        await executor.RunAsync("{ number }");
        Assert.Same(cached, executor.Documents.TryGet(DocumentCache.HashOf("{ number }")));
        Assert.Equal(1, executor.Documents.Count);
    }

    [Fact]
    public async Task The_document_cache_evicts_the_least_recently_used()
    {
        var executor = Create(new ExecutionOptions { DocumentCacheSize = 2 });
        await executor.RunAsync("{ a: number }");
        await executor.RunAsync("{ b: number }");
        await executor.RunAsync("{ a: number }");
        await executor.RunAsync("{ c: number }");
        Assert.NotNull(executor.Documents.TryGet(DocumentCache.HashOf("{ a: number }")));
        Assert.Null(executor.Documents.TryGet(DocumentCache.HashOf("{ b: number }")));
        Assert.Equal(2, executor.Documents.Count);
    }
}
