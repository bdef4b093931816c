namespace CustomerGraph.Api.Tests;

/// <summary>The host with the customer graph over a fresh seeded SQLite file, shared by the REST tests.</summary>
public sealed class RestHost : IDisposable
{
    public RestHost()
    {
        Factory = new ApiFactory { ServesCustomerGraph = true };
        Client = Factory.CreateClient();
    }

    public ApiFactory Factory { get; }

    public HttpClient Client { get; }

    public void Dispose() => Factory.Dispose();
}
