using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CustomerGraph.Api.Tests;

// The host's own CustomerGraph.Api.Http namespace would hide the test helper.
using Http = CustomerGraph.TestSupport.Http;

/// <summary>Logs carry the request id and never the request's variables or documents.</summary>
public sealed class LoggingTests
{
    [Fact]
    public async Task Resolver_failures_are_logged_with_the_request_id_and_without_variables()
    {
        var logs = new CapturedLogs();
        using var factory = new ApiFactory();
        var client = factory
            .WithWebHostBuilder(builder =>
                builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(logs))
            )
            .CreateClient();
        var answer = await Http.PostJsonAsync(
            client,
            new
            {
                query = "query Leak($secret: String) { crash(secret: $secret) }",
                variables = new { secret = "hunter2-secret" },
            }
        );
        Assert.Equal("UNEXPECTED_EXECUTION_ERROR", answer.FirstErrorCode);
        var requestId = answer.Message.Headers.GetValues("X-Request-Id").Single();
        var failure = Assert.Single(logs.Lines, line => line.Contains("Resolver of Query.crash failed"));
        Assert.Contains("The crash field crashed.", failure);
        Assert.Contains($"RequestId:{requestId}", failure);
        Assert.DoesNotContain(
            logs.Lines,
            line => line.Contains("hunter2-secret") || line.Contains("query Leak")
        );
    }
}
