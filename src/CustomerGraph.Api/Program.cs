using CustomerGraph.Api.Authentication;
using CustomerGraph.Api.CustomerGraphHost;
using CustomerGraph.Api.Explorers;
using CustomerGraph.Api.GraphQLHttp;
using CustomerGraph.Api.Health;
using CustomerGraph.Api.Observability;
using CustomerGraph.Api.OpenApi;
using CustomerGraph.Api.Previews;
using CustomerGraph.Api.RateLimiting;
using CustomerGraph.Api.Redis;
using CustomerGraph.Api.Resilience;
using CustomerGraph.Api.Rest;
using CustomerGraph.Api.Security;
using CustomerGraph.Graph;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

var builder = WebApplication.CreateBuilder(args);
if (args.FirstOrDefault() == DevTokenCommand.Name)
    return DevTokenCommand.Run(builder.Configuration, args, Console.Out, Console.Error);

builder.Logging.ClearProviders();
builder.Logging.AddJsonConsole(options =>
{
    options.IncludeScopes = true;
    options.UseUtcTimestamp = true;
    options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
});
builder.Services.Configure<HostOptions>(builder.Configuration.GetSection("Host"));
builder.Services.AddAccountAuthentication(builder.Configuration, builder.Environment);
builder.Services.AddRedisWhenConfigured(builder.Configuration);
builder.Services.AddGraphQLServer(builder.Configuration);
builder.Services.AddPreviewFields();
builder.Services.AddPreviewHeader();
builder.Services.AddCostRateLimiting(builder.Configuration);
builder.Services.AddExplorers(builder.Configuration);
builder.Services.AddHealthChecks();
builder.Services.AddCorsPolicy(builder.Configuration);
builder.Services.AddOpenTelemetryExport(builder.Configuration);
builder.Services.AddCustomerGraphHost(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddRestApi();
builder.Services.AddCustomerApiDocument();

var app = builder.Build();
if (args.Contains("seed-large"))
    return await CustomerGraphHosting.RunSeedCommandAsync(app.Services, args, app.Logger);
await CustomerGraphHosting.InitializeDatabaseAsync(app.Services);

app.UseSecurityHeaders();
app.UseCors();
app.UseRequestId();
app.UseRestErrors();
app.UseServiceUnavailable();
app.UseCustomerApiUi();
app.UseAuthentication();
app.UseAuthorization();
app.UseAccountProvisioning();
app.MapHealthEndpoints();
app.MapGraphQL("/graphql");
app.MapExplorers("/graphql");
app.MapRestApi();
app.MapCustomerApiDocument();

app.Lifetime.ApplicationStarted.Register(() =>
{
    var addresses = app
        .Services.GetRequiredService<IServer>()
        .Features.Get<IServerAddressesFeature>()
        ?.Addresses;
    foreach (var address in addresses ?? [])
        app.Logger.LogInformation("GraphQL endpoint and explorer at {Url}/graphql", address.TrimEnd('/'));
});

await app.RunAsync();
return 0;

/// <summary>The host's entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
