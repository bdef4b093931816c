using CustomerGraph.Api.Observability;
using CustomerGraph.Api.Resilience;
using CustomerGraph.GraphQL.Execution;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CustomerGraph.Api.GraphQLHttp;

/// <summary>Registers the GraphQL server: schema, executor, persisted operations and the HTTP handler.</summary>
public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// Binds the options of sections <c>GraphQL</c>, <c>GraphQL:Execution</c> (exception details only in
    /// Development), <c>GraphQL:Http</c> and <c>GraphQL:PersistedOperations</c>; the schema is composed from every
    /// registered <see cref="ISchemaModule"/>, in registration order.
    /// </summary>
    public static IServiceCollection AddGraphQLServer(
        this IServiceCollection services,
        IConfiguration configuration
    )
    {
        services.Configure<GraphQLServerOptions>(configuration.GetSection(GraphQLServerOptions.Section));
        services.Configure<GraphQLHttpOptions>(configuration.GetSection(GraphQLHttpOptions.Section));
        services.Configure<PersistedOperationOptions>(
            configuration.GetSection(PersistedOperationOptions.Section)
        );
        services.AddMetrics();
        services.AddSingleton<GraphQLTelemetry>();
        services.AddSingleton(provider =>
        {
            var options = new ExecutionOptions();
            configuration.GetSection("GraphQL:Execution").Bind(options);
            var logger = provider.GetRequiredService<ILogger<RequestExecutor>>();
            // Exception messages and stack traces reach clients only in Development, whatever else is configured.
            if (
                options.IncludeExceptionDetails
                && !provider.GetRequiredService<IHostEnvironment>().IsDevelopment()
            )
            {
                options.IncludeExceptionDetails = false;
                logger.LogWarning(
                    "GraphQL:Execution:IncludeExceptionDetails is ignored outside Development: clients get generic errors"
                );
            }
            options.OnResolverException = (exception, coordinate) =>
                logger.LogError(exception, "Resolver of {Coordinate} failed", coordinate);
            options.MapResolverException = exception =>
            {
                if (!ServiceUnavailable.IsUnavailable(exception))
                    return null;
                logger.LogWarning("A resolver met an unavailable store: {Fault}", exception.Message);
                return new GraphQLException(ServiceUnavailable.Message, HttpErrorCodes.ServiceUnavailable);
            };
            return new RequestExecutor(
                ExecutableSchema.Compose(provider.GetServices<ISchemaModule>()),
                options,
                provider.GetServices<IRequestInterceptor>()
            );
        });
        services.AddSingleton(provider =>
        {
            var directory = provider
                .GetRequiredService<IOptions<PersistedOperationOptions>>()
                .Value.TrustedDocumentsDirectory;
            return string.IsNullOrWhiteSpace(directory)
                ? TrustedDocumentStore.Empty
                : TrustedDocumentStore.Load(ResolvePath(directory));
        });
        // A shared store (Redis) registered before this one takes its place.
        services.TryAddSingleton<IAutomaticPersistedQueryStore>(provider => new AutomaticPersistedQueryStore(
            provider
                .GetRequiredService<IOptions<PersistedOperationOptions>>()
                .Value.AutomaticPersistedQueryCacheSize
        ));
        services.AddSingleton<PersistedOperationResolver>();
        services.AddSingleton<GraphQLHttpHandler>();
        return services;
    }

    /// <summary>Relative paths start at the application's folder, where the build copies <c>schema/</c>.</summary>
    public static string ResolvePath(string path) => Path.GetFullPath(path, AppContext.BaseDirectory);
}
