using CustomerGraph.Customers;
using CustomerGraph.Graph.Previews;
using CustomerGraph.GraphQL.Execution;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CustomerGraph.Graph;

/// <summary>Registers the customer graph over the customer domain.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Adds the domain and the graph's schema modules (<see cref="CustomerGraphModule"/> over
    /// <paramref name="schemaDirectory"/> and <see cref="PreviewFields"/>); a host composes every registered
    /// <see cref="ISchemaModule"/> with <see cref="ExecutableSchema.Compose"/> and passes a request scope as
    /// <see cref="ExecutionRequest.Services"/>: resolvers take the domain's scoped services from it.
    /// </summary>
    public static IServiceCollection AddCustomerGraph(
        this IServiceCollection services,
        string schemaDirectory,
        CustomerDatabaseOptions database,
        Action<DbContextOptionsBuilder>? configureDb = null
    )
    {
        services.AddCustomerDomain(database, configureDb);
        // An instance, so that a test host can find it and swap in its own module.
        services.AddSingleton<ISchemaModule>(new CustomerGraphModule(schemaDirectory));
        return services.AddPreviewFields();
    }

    /// <summary>Adds the <see cref="PreviewFields"/> guard once, however many parts of a host ask for it.</summary>
    public static IServiceCollection AddPreviewFields(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISchemaModule, PreviewFields>());
        return services;
    }
}
