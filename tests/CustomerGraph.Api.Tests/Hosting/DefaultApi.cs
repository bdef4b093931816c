namespace CustomerGraph.Api.Tests;

/// <summary>One host with the default configuration, shared by the tests of a class.</summary>
public sealed class DefaultApi : IDisposable
{
    public ApiFactory Factory { get; } = new();

    public HttpClient Client => field ??= Factory.CreateClient();

    public void Dispose() => Factory.Dispose();
}
