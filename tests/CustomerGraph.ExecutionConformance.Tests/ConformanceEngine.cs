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

    private static readonly RequestExecutor SyncExecutor = CreateExecutor(asyncResolvers: false);
    private static readonly RequestExecutor AsyncExecutor = CreateExecutor(asyncResolvers: true);

    /// <summary>
    /// Runs one request with a fresh mutation log and answers the response JSON; with
    /// <paramref name="asyncResolvers"/> every field resolves asynchronously, as with oracle.mjs --async.
    /// </summary>
    public static async Task<string> ExecuteAsync(
        string source,
        IReadOnlyDictionary<string, object?>? variables = null,
        string? operationName = null,
        bool asyncResolvers = false
    )
    {
        var executor = asyncResolvers ? AsyncExecutor : SyncExecutor;
        var result = await executor.ExecuteAsync(
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

    private static RequestExecutor CreateExecutor(bool asyncResolvers) =>
        new(
            ExecutableSchema.Create(SchemaBuilder.FromSdl(Sdl), bindings => Bind(bindings, asyncResolvers)),
            new ExecutionOptions { IncludeExceptionDetails = false }
        );

    private static void Bind(ResolverBindings bindings, bool asyncResolvers)
    {
        foreach (var type in bindings.Schema.Types)
        {
            if (type is not ObjectType objectType || objectType.IsIntrospectionType)
                continue;
            foreach (var field in objectType.Fields)
            {
                FieldResolver? resolver = field.Name switch
                {
                    _ when field.Name.StartsWith("echo", StringComparison.Ordinal) => Echo,
                    "fails" or "failsNonNull" => Fail,
                    _ when objectType.Name == "Mutation" => MutationResolver(field.Name),
                    _ => null,
                };
                if (asyncResolvers)
                    bindings.Resolve($"{objectType.Name}.{field.Name}", Later(resolver ?? ReadData));
                else if (resolver is not null)
                    bindings.Resolve($"{objectType.Name}.{field.Name}", resolver);
            }
        }
    }

    private static FieldResolver MutationResolver(string fieldName) =>
        fieldName switch
        {
            "record" => context => new ValueTask<object?>(Record(context)["order"]),
            "recordObject" or "recordNonNull" => context => new ValueTask<object?>(Record(context)),
            "failing" or "failingNonNull" => context =>
            {
                Record(context);
                return Fail(context);
            },
            _ => throw new InvalidOperationException($"Mutation.{fieldName} has no resolver in the suite."),
        };

    /// <summary>What the default resolver would answer: the parent's same-named entry.</summary>
    private static ValueTask<object?> ReadData(IResolverContext context) =>
        new(DefaultFieldResolver.Resolve(context.Parent, context.Field.Name));

    /// <summary>The resolver's answer (or exception), delivered after yielding to the thread pool.</summary>
    private static FieldResolver Later(FieldResolver resolver) =>
        async context =>
        {
            await Task.Yield();
            return await resolver(context);
        };

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
