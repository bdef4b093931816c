namespace CustomerGraph.Api.Authentication;

/// <summary>
/// Endpoint metadata: how an endpoint answers a request without a valid account in its own error format.
/// Endpoints without it answer with the REST error object.
/// </summary>
public interface IAccountChallengeResponse
{
    /// <summary>Whether this request needs no account after all, e.g. a browser opening an explorer page.</summary>
    bool IsPublic(HttpContext context);

    /// <summary>Writes the body; the status (401 or 503) and, for a 401, <c>WWW-Authenticate</c> are already set.</summary>
    Task WriteAsync(HttpContext context, AccountFailure failure, string message);
}
