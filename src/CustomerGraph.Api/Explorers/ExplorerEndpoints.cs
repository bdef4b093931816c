using CustomerGraph.Api.GraphQLHttp;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CustomerGraph.Api.Explorers;

/// <summary>Registers and maps the explorers chosen in configuration.</summary>
public static class ExplorerEndpoints
{
    /// <summary>Binds <c>GraphQL:Explorer</c> and offers the chosen explorer to the GraphQL endpoint at <paramref name="graphQLPath"/>.</summary>
    public static IServiceCollection AddExplorers(
        this IServiceCollection services,
        IConfiguration configuration,
        string graphQLPath = "/graphql"
    )
    {
        var section = configuration.GetSection(ExplorerOptions.Section);
        services.Configure<ExplorerOptions>(section);
        services.AddSingleton(provider => new GraphiQLExplorer(
            provider.GetRequiredService<IOptions<ExplorerOptions>>(),
            graphQLPath
        ));
        services.AddSingleton(provider => new BananaCakePopExplorer(
            provider.GetRequiredService<IOptions<ExplorerOptions>>(),
            graphQLPath
        ));
        services.AddSingleton<IGraphQLEndpointExplorer>(provider =>
            provider.GetRequiredService<IOptions<ExplorerOptions>>().Value.Kind switch
            {
                ExplorerKind.BananaCakePop => provider.GetRequiredService<BananaCakePopExplorer>(),
                ExplorerKind.GraphiQL => provider.GetRequiredService<GraphiQLExplorer>(),
                _ => NoExplorer.Instance,
            }
        );
        return services;
    }

    /// <summary>Maps GraphiQL's page and files at its own path and, when chosen, Banana Cake Pop's files under the endpoint.</summary>
    public static IEndpointRouteBuilder MapExplorers(
        this IEndpointRouteBuilder endpoints,
        string graphQLPath = "/graphql"
    )
    {
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<ExplorerOptions>>().Value;
        if (options.Kind == ExplorerKind.None)
            return endpoints;
        var graphiQL = endpoints.ServiceProvider.GetRequiredService<GraphiQLExplorer>();
        var graphiQLPath = options.GraphiQLPath.TrimEnd('/');
        // Pages and files are public; the GraphQL requests the explorer sends need an account like any other.
        endpoints.MapGet(graphiQLPath, graphiQL.WritePageAsync).AllowAnonymous();
        endpoints
            .MapGet(
                graphiQLPath + "/{file}",
                (HttpContext context, string file) =>
                    ExplorerAssets.ServeAsync(context, GraphiQLExplorer.Folder, file)
            )
            .AllowAnonymous();
        if (options.Kind == ExplorerKind.BananaCakePop)
        {
            var bananaCakePop = endpoints.ServiceProvider.GetRequiredService<BananaCakePopExplorer>();
            var root = graphQLPath.TrimEnd('/');
            endpoints.MapGet(root + "/bcp-config.json", bananaCakePop.WriteConfigAsync).AllowAnonymous();
            endpoints
                .MapGet(
                    root + "/{**asset}",
                    (HttpContext context, string asset) =>
                        ExplorerAssets.ServeAsync(
                            context,
                            BananaCakePopExplorer.Folder,
                            asset,
                            BananaCakePopExplorer.ContentSecurityPolicy
                        )
                )
                .AllowAnonymous();
        }
        return endpoints;
    }

    /// <summary>Stands for "no explorer": the endpoint then treats a browser's GET like any other.</summary>
    private sealed class NoExplorer : IGraphQLEndpointExplorer
    {
        public static readonly NoExplorer Instance = new();

        public bool IsEnabled => false;

        public Task<bool> TryServeAsync(HttpContext context) => Task.FromResult(false);
    }
}
