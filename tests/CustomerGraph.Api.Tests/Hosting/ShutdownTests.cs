using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CustomerGraph.Api.Tests;

// The host's own CustomerGraph.Api.Http namespace would hide the test helper.
using Http = CustomerGraph.TestSupport.Http;

/// <summary>Stopping the host lets in-flight requests finish (within Host:ShutdownTimeout).</summary>
public sealed class ShutdownTests
{
    [Fact]
    public async Task Requests_in_flight_when_the_host_stops_are_answered()
    {
        using var factory = new ApiFactory();
        var url = factory.StartOnLoopback();
        using var client = new HttpClient { BaseAddress = url };
        client.DefaultRequestHeaders.Authorization = TestTokens.Header(factory.DefaultAccountId);
        var inFlight = Http.PostAsync(client, """{"query":"{ slow(milliseconds: 1500) }"}""");
        await Task.Delay(500);
        factory.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
        var answer = await inFlight;
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("""{"data":{"slow":"finished"}}""", answer.Body);
    }
}
