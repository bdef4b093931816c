using System.Text.Json;

namespace CustomerGraph.GraphQL.Tests.Execution;

/// <summary>Builds an executor from SDL and resolver bindings and runs documents to JSON.</summary>
internal static class ExecutionTestHelpers
{
    public static RequestExecutor Executor(
        string sdl,
        Action<ResolverBindings>? bind = null,
        ExecutionOptions? options = null,
        params IReadOnlyList<IRequestInterceptor> interceptors
    ) => new(ExecutableSchema.Create(SchemaBuilder.FromSdl(sdl), bind), options, interceptors);

    public static async Task<string> RunAsync(
        this RequestExecutor executor,
        string query,
        object? rootValue = null,
        string? variablesJson = null,
        string? operationName = null,
        CancellationToken cancellationToken = default
    )
    {
        var result = await executor.ExecuteAsync(
            new ExecutionRequest
            {
                Query = query,
                RootValue = rootValue,
                OperationName = operationName,
                Variables = variablesJson is null
                    ? null
                    : JsonSerializer
                        .Deserialize<Dictionary<string, JsonElement>>(variablesJson)!
                        .ToDictionary(p => p.Key, p => (object?)p.Value),
            },
            cancellationToken
        );
        return result.ToJson();
    }

    /// <summary>Plain data from a JSON literal (single quotes allowed for readability).</summary>
    public static object? Data(string json) =>
        InputCoercion.FromJson(JsonDocument.Parse(json.Replace('\'', '"')).RootElement);

    /// <summary>Normalizes expected JSON written with single quotes and free spacing.</summary>
    public static string Json(string json) =>
        JsonSerializer.Serialize(
            JsonDocument.Parse(json.Replace('\'', '"')).RootElement,
            new JsonSerializerOptions { Encoder = ExecutionResult.JsonEncoder }
        );
}
