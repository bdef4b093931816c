using CustomerGraph.GraphQL.Errors;
using CustomerGraph.GraphQL.Execution;
using static CustomerGraph.GraphQL.Tests.Execution.ExecutionTestHelpers;

namespace CustomerGraph.GraphQL.Tests.Execution;

/// <summary>The executor's interceptors: a host adds its request state or refuses an operation through them.</summary>
public sealed class RequestInterceptorTests
{
    private const string Sdl = "type Query { greeting: String other: Int }";

    private static Action<ResolverBindings> Greeting =>
        bind =>
            bind.Resolve(
                "Query.greeting",
                context => new ValueTask<object?>(context.RequestItems["greeting"])
            );

    [Fact]
    public async Task What_an_interceptor_adds_to_the_items_is_what_resolvers_read()
    {
        var executor = Executor(
            Sdl,
            Greeting,
            interceptors: new DelegateInterceptor(request =>
            {
                request.Items["greeting"] = "hello";
                return null;
            })
        );

        Assert.Equal("""{"data":{"greeting":"hello"}}""", await executor.RunAsync("{ greeting }"));
    }

    [Fact]
    public async Task The_items_a_request_brings_are_the_ones_interceptors_add_to()
    {
        var items = new Dictionary<string, object?> { ["greeting"] = "from the transport" };
        IDictionary<string, object?>? seen = null;
        var executor = Executor(
            Sdl,
            Greeting,
            interceptors: new DelegateInterceptor(request =>
            {
                seen = request.Items;
                return null;
            })
        );

        var result = await executor.ExecuteAsync(
            new ExecutionRequest { Query = "{ greeting }", Items = items }
        );

        Assert.Same(items, seen);
        Assert.Equal("""{"data":{"greeting":"from the transport"}}""", result.ToJson());
    }

    [Fact]
    public async Task An_interceptor_is_handed_the_request_and_its_selected_operation()
    {
        InterceptedRequest? seen = null;
        var executor = Executor(
            Sdl,
            interceptors: new DelegateInterceptor(request =>
            {
                seen = request;
                return null;
            })
        );
        var request = new ExecutionRequest
        {
            Query = "query A { other } query B { other }",
            OperationName = "B",
        };

        await executor.ExecuteAsync(request);

        Assert.Same(request, seen!.Request);
        Assert.Equal("B", seen.Operation.Name?.Value);
        Assert.Equal(1, seen.Cost);
    }

    [Fact]
    public async Task Interceptors_run_in_order_and_the_first_refusal_stops_the_rest()
    {
        var calls = new List<string>();
        var refusal = new GraphQLError("Not now.", code: "REFUSED_HERE");
        var executor = Executor(
            Sdl,
            Greeting,
            null,
            new DelegateInterceptor(_ =>
            {
                calls.Add("first");
                return null;
            }),
            new DelegateInterceptor(_ =>
            {
                calls.Add("second");
                return refusal;
            }),
            new DelegateInterceptor(_ =>
            {
                calls.Add("third");
                return null;
            })
        );

        var result = await executor.ExecuteAsync(new ExecutionRequest { Query = "{ greeting }" });

        Assert.Equal(["first", "second"], calls);
        Assert.Equal(ExecutionResult.ErrorKind.Refused, result.Kind);
        Assert.Equal(1, result.Cost);
        Assert.Equal(
            """{"errors":[{"message":"Not now.","extensions":{"code":"REFUSED_HERE"}}]}""",
            result.ToJson()
        );
    }

    [Theory]
    [InlineData("{ greeting")]
    [InlineData("{ unknown }")]
    [InlineData("query ($n: Int!) { other }")]
    public async Task Requests_that_fail_before_the_cost_estimate_never_reach_the_interceptors(string query)
    {
        var called = false;
        var executor = Executor(
            Sdl,
            interceptors: new DelegateInterceptor(_ =>
            {
                called = true;
                return null;
            })
        );

        var result = await executor.ExecuteAsync(new ExecutionRequest { Query = query });

        Assert.False(called);
        Assert.False(result.HasData);
    }

    [Fact]
    public void A_result_built_from_errors_has_no_data_and_writes_them()
    {
        var result = ExecutionResult.FromErrors(
            ExecutionResult.ErrorKind.Transport,
            new GraphQLError("Bad body.", code: "BAD_REQUEST")
        );

        Assert.False(result.HasData);
        Assert.Equal(ExecutionResult.ErrorKind.Transport, result.Kind);
        Assert.Equal(
            """{"errors":[{"message":"Bad body.","extensions":{"code":"BAD_REQUEST"}}]}""",
            result.ToJson()
        );
    }
}
