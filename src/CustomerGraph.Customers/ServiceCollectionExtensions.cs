using CustomerGraph.Customers.Accounts;
using CustomerGraph.Customers.AssetAssignments;
using CustomerGraph.Customers.Assets;
using CustomerGraph.Customers.Contacts;
using CustomerGraph.Customers.Customers;
using CustomerGraph.Customers.CustomFields;
using CustomerGraph.Customers.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CustomerGraph.Customers;

/// <summary>Registers the customer domain: the context factory, the current account, services and queries.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Adds the domain. Services and queries are scoped (they act for the request's <see cref="ICurrentAccount"/>);
    /// each operation opens its own short-lived context from the singleton factory. <paramref name="configureDb"/>
    /// may add to the EF options, e.g. logging or interceptors.
    /// </summary>
    public static IServiceCollection AddCustomerDomain(
        this IServiceCollection services,
        CustomerDatabaseOptions options,
        Action<DbContextOptionsBuilder>? configureDb = null
    )
    {
        services.AddSingleton(options);
        services.AddSingleton<IDbContextFactory<CustomerDbContext>>(
            new CustomerDbContextFactory(options, configureDb)
        );
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<ICurrentAccount, DefaultCurrentAccount>();
        services.AddSingleton<AccountRegistry>();
        services.AddScoped<CustomerService>();
        services.AddScoped<ContactService>();
        services.AddScoped<AssetAssignmentService>();
        services.AddScoped<CustomFieldService>();
        services.AddScoped<CustomerQueries>();
        services.AddScoped<ContactQueries>();
        services.AddScoped<AssetQueries>();
        services.AddScoped<AssetAssignmentQueries>();
        services.AddScoped<CustomFieldQueries>();
        services.AddScoped<Common.ChildCountQueries>();
        return services;
    }
}
