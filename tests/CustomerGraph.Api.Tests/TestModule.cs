using CustomerGraph.GraphQL.Execution;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.Api.Tests;

/// <summary>
/// The transport tests' schema module: the SDL of <paramref name="schemaDirectory"/> (TestSchema/schema.graphql unless
/// a test writes its own) and its resolvers, contributed the way the customer graph contributes its own.
/// </summary>
internal sealed class TestModule(string schemaDirectory) : ISchemaModule
{
    private int _counter;

    public IEnumerable<SchemaSource> Sources => SchemaSource.FromDirectory(schemaDirectory);

    public void Bind(ResolverBindings bindings) =>
        bindings
            .Resolve(
                "Query.hello",
                context => new ValueTask<object?>($"Hello {context.Argument<string>("name")}")
            )
            .Resolve("Query.echo", context => new ValueTask<object?>(context.Argument<string>("text")))
            .Resolve(
                "Query.failing",
                _ => throw new GraphQLException("This field always fails.", "TEST_FAILURE")
            )
            .Resolve("Query.counter", _ => new ValueTask<object?>(Volatile.Read(ref _counter)))
            .Resolve("Query.slow", SlowAsync)
            .Resolve("Query.crash", _ => throw new InvalidOperationException("The crash field crashed."))
            .Resolve(
                "Mutation.increment",
                context => new ValueTask<object?>(Interlocked.Add(ref _counter, context.Argument<int>("by")))
            );

    private static async ValueTask<object?> SlowAsync(IResolverContext context)
    {
        await Task.Delay(context.Argument<int>("milliseconds"), context.CancellationToken);
        return "finished";
    }
}
