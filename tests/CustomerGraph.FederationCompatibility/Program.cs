using System.Text.Json;
using CustomerGraph.FederationCompatibility;
using CustomerGraph.GraphQL.Execution;
using CustomerGraph.GraphQL.Federation;
using CustomerGraph.GraphQL.Types;

// dotnet CustomerGraph.FederationCompatibility.dll --schema <products.graphql> --port <port>
var schemaPath =
    Option("--schema") ?? throw new ArgumentException("--schema <path of products.graphql> is required");
var port = int.Parse(Option("--port") ?? "4001", System.Globalization.CultureInfo.InvariantCulture);

var subgraph = FederationSubgraph.Parse(File.ReadAllText(schemaPath));
var schema = subgraph.AddTo(new SchemaBuilder()).Build();
var executor = new RequestExecutor(
    ExecutableSchema.Create(
        schema,
        bind =>
        {
            subgraph.Bind(bind, ProductsResolvers.BindReferences);
            ProductsResolvers.Bind(bind);
        }
    )
);

var builder = WebApplication.CreateSlimBuilder();
builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var app = builder.Build();
app.MapPost(
    "/",
    async (HttpContext http) =>
    {
        using var body = await JsonDocument.ParseAsync(
            http.Request.Body,
            cancellationToken: http.RequestAborted
        );
        var root = body.RootElement;
        var started = DateTimeOffset.UtcNow;
        var result = await executor.ExecuteAsync(
            new ExecutionRequest
            {
                Query = root.TryGetProperty("query", out var query) ? query.GetString() : null,
                OperationName = root.TryGetProperty("operationName", out var name) ? name.GetString() : null,
                Variables =
                    root.TryGetProperty("variables", out var variables)
                    && variables.ValueKind == JsonValueKind.Object
                        ? variables.EnumerateObject().ToDictionary(v => v.Name, v => (object?)v.Value.Clone())
                        : null,
            },
            http.RequestAborted
        );
        if (FederatedTracing.IsRequested(http.Request.Headers[FederatedTracing.HeaderName]))
            (result.Extensions ??= [])[FederatedTracing.Ftv1] = FederatedTracing.Encode(
                started,
                DateTimeOffset.UtcNow,
                result.Errors
            );
        return Results.Text(result.ToJson(), "application/json", System.Text.Encoding.UTF8);
    }
);
await app.StartAsync();
Console.WriteLine($"products subgraph ready at http://127.0.0.1:{port}/");
await app.WaitForShutdownAsync();

string? Option(string name) =>
    Array.IndexOf(args, name) is var index and >= 0 && index + 1 < args.Length ? args[index + 1] : null;
