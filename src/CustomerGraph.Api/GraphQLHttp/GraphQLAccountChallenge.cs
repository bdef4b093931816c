using System.Text.Json;
using CustomerGraph.Api.Authentication;
using Microsoft.AspNetCore.Http;

namespace CustomerGraph.Api.GraphQLHttp;

/// <summary>
/// The GraphQL endpoint's answer to a request without a valid account: a GraphQL response with one
/// <c>UNAUTHENTICATED</c> (or <c>AUTHENTICATION_UNAVAILABLE</c>) error, in the negotiated media type. A browser opening the explorer needs no account:
/// the page is public, the requests it then sends are not.
/// </summary>
internal sealed class GraphQLAccountChallenge(IGraphQLEndpointExplorer? explorer) : IAccountChallengeResponse
{
    public bool IsPublic(HttpContext context) =>
        explorer is { IsEnabled: true }
        && HttpMethods.IsGet(context.Request.Method)
        && GraphQLHttpHandler.IsBrowserVisit(context.Request);

    public Task WriteAsync(HttpContext context, AccountFailure failure, string message)
    {
        var code =
            failure == AccountFailure.Unauthenticated
                ? HttpErrorCodes.Unauthenticated
                : HttpErrorCodes.AuthenticationUnavailable;
        var mediaType = MediaTypes.Negotiate(context.Request.Headers.Accept);
        context.Response.Headers.Vary = "Accept";
        context.Response.ContentType = MediaTypes.ContentTypeOf(
            mediaType == ResponseMediaType.None ? ResponseMediaType.Json : mediaType
        );
        var body = new { errors = new[] { new { message, extensions = new { code } } } };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body), context.RequestAborted);
    }
}
