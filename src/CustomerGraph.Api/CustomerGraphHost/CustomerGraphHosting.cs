using CustomerGraph.Api.Authentication;
using CustomerGraph.Api.GraphQLHttp;
using CustomerGraph.Api.Health;
using CustomerGraph.Customers;
using CustomerGraph.Customers.Accounts;
using CustomerGraph.Customers.Data;
using CustomerGraph.Customers.Seeding;
using CustomerGraph.Graph;
using Microsoft.EntityFrameworkCore;

namespace CustomerGraph.Api.CustomerGraphHost;

/// <summary>
/// Puts the customer graph into the host: the customer domain over the configured database (section
/// <c>Database</c>), the graph's schema modules over the SDL of <c>GraphQL:SchemaDirectory</c>, a readiness check of
/// the database, and start-up migration and demo seeding. Test hosts swap the graph's module for their own in the
/// service collection.
/// </summary>
public static class CustomerGraphHosting
{
    /// <summary>Registers the domain, the customer graph's modules and the database's readiness check.</summary>
    public static IServiceCollection AddCustomerGraphHost(
        this IServiceCollection services,
        IConfiguration configuration,
        string contentRoot
    )
    {
        var database = new CustomerDatabaseOptions();
        configuration.GetSection("Database").Bind(database);
        // A relative data folder lives beside the host's content, not wherever the shell happens to be.
        database.DataFolder = Path.GetFullPath(database.DataFolder, contentRoot);
        var server = new GraphQLServerOptions();
        configuration.GetSection(GraphQLServerOptions.Section).Bind(server);
        services.AddCustomerGraph(
            GraphQLServiceCollectionExtensions.ResolvePath(server.SchemaDirectory),
            database
        );
        // AddDbContextCheck asks the container for a context; each health check run gets its own and disposes it.
        services.AddScoped(provider =>
            provider.GetRequiredService<IDbContextFactory<CustomerDbContext>>().CreateDbContext()
        );
        services
            .AddHealthChecks()
            .AddDbContextCheck<CustomerDbContext>("database", tags: [HealthEndpoints.ReadyTag]);
        return services;
    }

    /// <summary>Applies migrations and seeds the demo data into an empty database.</summary>
    public static Task InitializeDatabaseAsync(
        IServiceProvider services,
        CancellationToken cancellationToken = default
    ) =>
        CustomerDatabase.InitializeAsync(
            services.GetRequiredService<IDbContextFactory<CustomerDbContext>>(),
            services.GetRequiredService<CustomerDatabaseOptions>(),
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CustomerDatabase)),
            cancellationToken
        );

    /// <summary>
    /// Records a new authenticated account before its first request acts (its rows refer to it); runs after
    /// authentication, and costs a dictionary lookup once the account is known.
    /// </summary>
    public static IApplicationBuilder UseAccountProvisioning(this IApplicationBuilder app) =>
        app.Use(
            async (context, next) =>
            {
                if (
                    context
                        .RequestServices.GetRequiredService<PrincipalCurrentAccount>()
                        .TryGet(out var accountId)
                )
                    await context
                        .RequestServices.GetRequiredService<AccountRegistry>()
                        .EnsureAsync(accountId, context.RequestAborted);
                await next(context);
            }
        );

    /// <summary>
    /// <c>seed-large --customers N [--contacts M]</c>: fills the database with a large deterministic data set for
    /// benchmarks, into the configured default account, then exits.
    /// </summary>
    public static async Task<int> RunSeedCommandAsync(
        IServiceProvider services,
        string[] args,
        ILogger logger
    )
    {
        var customers = OptionValue(args, "--customers") ?? 1_000_000;
        var contacts = OptionValue(args, "--contacts") ?? 1;
        await InitializeDatabaseAsync(services);
        var options = services.GetRequiredService<CustomerDatabaseOptions>();
        var started = System.Diagnostics.Stopwatch.StartNew();
        await LargeSeed.SeedAsync(
            services.GetRequiredService<IDbContextFactory<CustomerDbContext>>(),
            options.DefaultAccountId,
            customers,
            contacts
        );
        logger.LogInformation(
            "Seeded {Customers} customers with {Contacts} contacts each in {Seconds:0.0} s",
            customers,
            contacts,
            started.Elapsed.TotalSeconds
        );
        return 0;
    }

    private static int? OptionValue(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return
            index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) && value > 0
            ? value
            : null;
    }
}
