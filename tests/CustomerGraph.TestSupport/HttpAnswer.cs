using System.Net;
using System.Text.Json;

namespace CustomerGraph.TestSupport;

/// <summary>A response as the tests look at it: status, media type, headers and the body (JSON when it is JSON).</summary>
public sealed record HttpAnswer(
    HttpStatusCode Status,
    string? MediaType,
    string? Charset,
    HttpResponseMessage Message,
    string Body
)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    /// <summary><c>errors[0].extensions.code</c>, or null.</summary>
    public string? FirstErrorCode =>
        Json.TryGetProperty("errors", out var errors)
        && errors[0].TryGetProperty("extensions", out var extensions)
        && extensions.TryGetProperty("code", out var code)
            ? code.GetString()
            : null;
}
