using System.Text.Json;
using CustomerGraph.GraphQL.Execution;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.ExecutionConformance.Tests;

/// <summary>
/// Our engine set up exactly as oracle.mjs sets up graphql-js: schema.graphql, data.json as the root
/// value served by default resolvers, echo* fields answering their arguments, fails/failsNonNull
/// throwing, and the mutations logging their labels into a per-request list.
/// </summary>
internal static class ConformanceEngine
{
    private const string LogItem = "log";

    public static readonly string Sdl = RepositoryFiles.ReadSuiteFile("schema.graphql");

    public static readonly object? RootValue = LoadRootValue();

    public static readonly RequestExecutor Executor = new(
        ExecutableSchema.Create(SchemaBuilder.FromSdl(Sdl), Bind),
        new ExecutionOptions { IncludeExceptionDetails = false }
    );

    /// <summary>Runs one request with a fresh mutation log and answers the response JSON.</summary>
    public static async Task<string> ExecuteAsync(
        string source,
        IReadOnlyDictionary<string, object?>? variables = null,
        string? operationName = null
    )
    {
        var result = await Executor.ExecuteAsync(
            new ExecutionRequest
            {
                Query = source,
                Variables = variables,
                OperationName = operationName,
                RootValue = RootValue,
                Items = new Dictionary<string, object?> { [LogItem] = new List<string>() },
            }
        );
        return result.ToJson();
    }

    private static object? LoadRootValue()
    {
        using var document = JsonDocument.Parse(RepositoryFiles.ReadSuiteFile("data.json"));
        return JsJson.Decode(document.RootElement);
    }

    private static void Bind(ResolverBindings bindings)
    {
        foreach (var type in bindings.Schema.Types)
        {
            if (type is not ObjectType objectType || objectType.IsIntrospectionType)
                continue;
            foreach (var field in objectType.Fields)
            {
                var coordinate = $"{objectType.Name}.{field.Name}";
                if (field.Name.StartsWith("echo", StringComparison.Ordinal))
                    bindings.Resolve(coordinate, Echo);
                else if (field.Name is "fails" or "failsNonNull")
                    bindings.Resolve(coordinate, Fail);
            }
        }
        bindings
            .Resolve("Mutation.record", context => new ValueTask<object?>(Record(context)["order"]))
            .Resolve("Mutation.recordObject", context => new ValueTask<object?>(Record(context)))
            .Resolve("Mutation.recordNonNull", context => new ValueTask<object?>(Record(context)))
            .Resolve(
                "Mutation.failing",
                context =>
                {
                    Record(context);
                    return Fail(context);
                }
            )
            .Resolve(
                "Mutation.failingNonNull",
                context =>
                {
                    Record(context);
                    return Fail(context);
                }
            );
    }

    private static ValueTask<object?> Echo(IResolverContext context) =>
        new(JsJson.Canonical(context.Arguments));

    private static ValueTask<object?> Fail(IResolverContext context) =>
        throw new GraphQLException($"Field failed at {string.Join('.', context.Path)}", "FIELD_FAILED");

    private static Dictionary<string, object?> Record(IResolverContext context)
    {
        var log = (List<string>)context.RequestItems[LogItem]!;
        var label = context.Argument<string>("label")!;
        log.Add(label);
        return new Dictionary<string, object?>
        {
            ["label"] = label,
            ["position"] = log.Count,
            ["order"] = log.ToList(),
        };
    }
}
