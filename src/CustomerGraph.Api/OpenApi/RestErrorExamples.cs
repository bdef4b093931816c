using CustomerGraph.Api.Authentication;
using CustomerGraph.Api.RateLimiting;
using CustomerGraph.Api.Rest;
using CustomerGraph.Customers.Common;
using CustomerGraph.Graph.RateLimits;
using Microsoft.OpenApi;

namespace CustomerGraph.Api.OpenApi;

/// <summary>
/// The error objects any REST operation answers for a status, made by the same factories the endpoints use; an
/// endpoint adds its own (e.g. a 409's duplicate) with <see cref="RestDescriptionExtensions.WithErrorExample"/>.
/// </summary>
internal static class RestErrorExamples
{
    private static readonly Guid ExampleId = Guid.Parse("7c1e2a9d-3b4f-4e8a-9d6c-5f0a1b2c3d4e");

    public static IEnumerable<RestError> For(int status, OpenApiOperation operation)
    {
        var pathIds = (operation.Parameters ?? [])
            .Where(p => p.In == ParameterLocation.Path && RestNames.EntityOf(p.Name!) is not null)
            .Select(p => p.Name!)
            .ToList();
        // The entity a 412 is about: the innermost id of the path.
        var entity = pathIds.Count > 0 ? RestNames.EntityOf(pathIds[^1]) : null;
        switch (status)
        {
            case StatusCodes.Status400BadRequest:
                foreach (var id in pathIds)
                    yield return RestError.InvalidId(id, "not-a-uuid");
                if (operation.RequestBody is not null)
                    yield return RestError.MalformedJson(
                        "Expected depth to be zero at the end of the JSON payload. There is an open JSON object or "
                            + "array that should be closed. LineNumber: 0 | BytePositionInLine: 8."
                    );
                break;
            case StatusCodes.Status404NotFound:
                // Any of the path's ids may name nothing: the customer, or its contact under it.
                foreach (var id in pathIds)
                    yield return RestError.FromDomain([
                        new NotFoundError(RestNames.EntityOf(id)!, ExampleId, id),
                    ]);
                break;
            case StatusCodes.Status412PreconditionFailed:
                yield return RestError.VersionConflict(
                    $"The {entity ?? "resource"} was changed by someone else; reload it and apply the change again."
                );
                break;
            case StatusCodes.Status413PayloadTooLarge:
                yield return RestError.ForStatus(
                    StatusCodes.Status413PayloadTooLarge,
                    $"Request body too large. The max request body size is {RestApi.MaxBodyBytes} bytes."
                );
                break;
            case StatusCodes.Status415UnsupportedMediaType:
                yield return RestError.UnsupportedMediaType("text/plain");
                break;
            case StatusCodes.Status401Unauthorized:
                yield return new RestError(
                    StatusCodes.Status401Unauthorized,
                    "unauthenticated",
                    AccountChallengeHandler.MessageOf(null)
                );
                break;
            case StatusCodes.Status429TooManyRequests:
                var limits = new RateLimitingOptions();
                yield return new RateLimitDecision(
                    false,
                    new RateLimitStatus(Cost: 21, Remaining: 4, ResetIn: 586_351, limits.Budget)
                ).ToRestError();
                break;
            case StatusCodes.Status503ServiceUnavailable:
                yield return new RestError(
                    StatusCodes.Status503ServiceUnavailable,
                    "authentication_unavailable",
                    AccountChallengeHandler.MessageOf(
                        new AccountAuthentication.AuthorityUnavailableException(new HttpRequestException())
                    )
                );
                break;
            case StatusCodes.Status500InternalServerError:
                yield return RestError.InternalError("0HNCJ5V0Q1LVB:00000001");
                break;
        }
    }
}

/// <summary>Entity names read from REST route parameters.</summary>
internal static class RestNames
{
    /// <summary>
    /// The entity a path id names, e.g. <c>contactId</c> → <c>Contact</c>; the Custom Fields API's
    /// <c>definitionId</c> and <c>valueId</c> name custom field definitions and values. Null for another name.
    /// </summary>
    public static string? EntityOf(string parameter) =>
        parameter switch
        {
            "definitionId" => "CustomFieldDefinition",
            "valueId" => "CustomFieldValue",
            _ => EntityOfName(parameter),
        };

    private static string? EntityOfName(string parameter) =>
        parameter.Length > 2 && parameter.EndsWith("Id", StringComparison.Ordinal)
            ? char.ToUpperInvariant(parameter[0]) + parameter[1..^2]
            : null;
}
