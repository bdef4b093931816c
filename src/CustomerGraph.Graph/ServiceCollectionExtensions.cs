using CustomerGraph.Customers;
using CustomerGraph.GraphQL.Execution;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerGraph.Graph;

/// <summary>Registers the customer graph over the customer domain.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Adds the domain and, as singletons, the executable schema loaded from <paramref name="schemaDirectory"/> and a
    /// <see cref="RequestExecutor"/>. Hosts pass a request scope as <see cref="ExecutionRequest.Services"/>: resolvers
    /// take the domain's scoped services from it.
    /// </summary>
    public static IServiceCollection AddCustomerGraph(
        this IServiceCollection services,
        string schemaDirectory,
        CustomerDatabaseOptions database,
        ExecutionOptions? execution = null,
        Action<DbContextOptionsBuilder>? configureDb = null
    )
    {
        services.AddCustomerDomain(database, configureDb);
        services.AddSingleton(_ =>
            ExecutableSchema.Create(CustomerGraphSchema.Load(schemaDirectory), CustomerGraphResolvers.Bind)
        );
        services.AddSingleton(provider => new RequestExecutor(
            provider.GetRequiredService<ExecutableSchema>(),
            execution ?? new ExecutionOptions()
        ));
        return services;
    }
}
