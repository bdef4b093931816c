namespace CustomerGraph.Api.Tests;

// The host's own CustomerGraph.Api.Http namespace would hide the test helper.
using Http = CustomerGraph.TestSupport.Http;

/// <summary>
/// One hostile request of the catalogue and the answer it must get. Paths and text bodies may name seeded rows
/// with the placeholders of <see cref="SeededRows"/>, filled in when the request is sent.
/// </summary>
public sealed record HostileCase(
    string Category,
    string Name,
    Surface Surface,
    HttpMethod Method,
    string Path,
    string? ContentType,
    RequestBody? Body,
    Expectation Expected
)
{
    /// <summary>The Accept header sent; GraphQL cases ask for application/graphql-response+json unless told.</summary>
    public string? Accept { get; init; } =
        Surface == Surface.Rest ? "application/json" : Http.GraphQLResponseJson;

    /// <summary>An If-Match header to send, for REST preconditions.</summary>
    public string? IfMatch { get; init; }

    /// <summary>
    /// The Authorization header sent instead of the host's valid bearer token; empty sends none. Null (the default)
    /// sends the valid token, so the case reaches the endpoint.
    /// </summary>
    public string? Authorization { get; init; }

    /// <summary>Further headers sent as given, e.g. <c>TU-PREVIEW</c>.</summary>
    public IReadOnlyList<(string Name, string Value)> Headers { get; init; } = [];

    /// <summary>The case as xunit shows it: category and name.</summary>
    public string DisplayName => $"{Category}: {Name}";

    public HttpRequestMessage CreateRequest(SeededRows seeded)
    {
        var request = new HttpRequestMessage(Method, seeded.Fill(Path));
        if (Accept is not null)
            request.Headers.TryAddWithoutValidation("Accept", Accept);
        if (IfMatch is not null)
            request.Headers.TryAddWithoutValidation("If-Match", IfMatch);
        if (Authorization is { Length: > 0 })
            request.Headers.TryAddWithoutValidation("Authorization", Authorization);
        foreach (var (name, value) in Headers)
            request.Headers.TryAddWithoutValidation(name, value);
        if (Body is not null)
        {
            request.Content = Body.CreateContent(seeded);
            if (ContentType is not null)
                request.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        }
        return request;
    }
}
