using System.Net;
using CustomerGraph.Api.Health;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CustomerGraph.Api.Tests;

// The host's own CustomerGraph.Api.Http namespace would hide the test helper.
using Http = CustomerGraph.TestSupport.Http;

/// <summary>Liveness answers while the process runs; readiness runs the checks tagged "ready".</summary>
public sealed class HealthTests
{
    [Fact]
    public async Task Liveness_and_readiness_are_healthy_without_checks()
    {
        using var factory = new ApiFactory();
        var client = factory.CreateClient();
        foreach (var path in new[] { "/healthz", "/readyz" })
        {
            var answer = await Http.GetAsync(client, path, accept: null);
            Assert.Equal(HttpStatusCode.OK, answer.Status);
            Assert.Equal("Healthy", answer.Json.GetProperty("status").GetString());
        }
    }

    [Fact]
    public async Task A_failing_readiness_check_makes_readyz_503_but_not_healthz()
    {
        using var factory = new ApiFactory();
        var client = factory
            .WithWebHostBuilder(builder =>
                builder.ConfigureServices(services =>
                    services
                        .AddHealthChecks()
                        .AddCheck(
                            // Not "database": the host's own database check already has that name.
                            "dependency",
                            () => HealthCheckResult.Unhealthy("unreachable"),
                            tags: [HealthEndpoints.ReadyTag]
                        )
                )
            )
            .CreateClient();
        var ready = await Http.GetAsync(client, "/readyz", accept: null);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.Status);
        Assert.Equal(
            "unreachable",
            ready.Json.GetProperty("checks").GetProperty("dependency").GetProperty("description").GetString()
        );
        Assert.Equal(HttpStatusCode.OK, (await Http.GetAsync(client, "/healthz", accept: null)).Status);
    }
}
