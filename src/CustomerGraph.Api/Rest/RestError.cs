using System.Text.Json;
using CustomerGraph.Customers.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CustomerGraph.Api.Rest;

/// <summary>Trackunit's error object: the HTTP status, a snake_case code, a message and, for 400s, the violations.</summary>
public sealed record RestError(
    int Status,
    string Code,
    string Message,
    IReadOnlyList<RestViolation>? Violations = null
)
{
    /// <summary>The error as the JSON result every endpoint returns on failure.</summary>
    public JsonHttpResult<RestError> ToResult() => TypedResults.Json(this, statusCode: Status);

    public static RestError ConstraintViolation(IReadOnlyList<RestViolation> violations) =>
        new(StatusCodes.Status400BadRequest, "constraint_violation", "Constraint violation", violations);

    public static RestError MalformedJson(string detail) =>
        new(
            StatusCodes.Status400BadRequest,
            "malformed_json",
            $"The request body is not valid JSON: {detail}"
        );

    public static RestError UnsupportedMediaType(string? contentType) =>
        new(
            StatusCodes.Status415UnsupportedMediaType,
            "unsupported_media_type",
            $"Content-Type '{contentType}' is not supported; send application/json in UTF-8."
        );

    public static RestError RequestTooLarge(long maxBytes) =>
        new(
            StatusCodes.Status413PayloadTooLarge,
            "request_too_large",
            $"The request body is larger than the maximum of {maxBytes} bytes."
        );

    /// <summary>A path id that is not a UUID, e.g. <c>invalid_customer_id</c>.</summary>
    public static RestError InvalidId(string parameter, string? text) =>
        new(
            StatusCodes.Status400BadRequest,
            $"invalid_{JsonNamingPolicy.SnakeCaseLower.ConvertName(parameter)}",
            $"{parameter} '{text}' is not a UUID like 0d9c4b3e-5a7f-4c21-9e80-6b1f2d3a4c5e.",
            [new RestViolation(parameter, $"value '{text}' was rejected: must be a UUID")]
        );

    public static RestError VersionConflict(string message) =>
        new(StatusCodes.Status412PreconditionFailed, "version_conflict", message);

    /// <summary>
    /// Maps the domain's errors: not found → 404 <c>{entity}_not_found</c>; a stale version → 412; a duplicate alone →
    /// 409 <c>duplicate_{field}</c>; any rule violation → 400 listing every error with the value the body gave.
    /// </summary>
    public static RestError FromDomain(IReadOnlyList<DomainError> errors, JsonElement? body = null)
    {
        if (errors.OfType<NotFoundError>().FirstOrDefault() is { } notFound)
            return new(
                StatusCodes.Status404NotFound,
                $"{JsonNamingPolicy.SnakeCaseLower.ConvertName(notFound.EntityType)}_not_found",
                notFound.Message
            );
        var conflicts = errors.OfType<ConflictError>().ToList();
        if (conflicts.FirstOrDefault(c => c.Code == ErrorCodes.VersionConflict) is { } stale)
            return VersionConflict(stale.Message);
        if (conflicts.Count == errors.Count)
            return new(
                StatusCodes.Status409Conflict,
                $"duplicate_{JsonNamingPolicy.SnakeCaseLower.ConvertName(conflicts[0].Field)}",
                conflicts[0].Message
            );
        return ConstraintViolation(
            errors
                .Select(error =>
                    error switch
                    {
                        ValidationError v => Violation(v.Field, v.Message, body),
                        ConflictError c => Violation(c.Field, c.Message, body),
                        _ => new RestViolation("", error.Message),
                    }
                )
                .ToList()
        );
    }

    private static RestViolation Violation(string field, string message, JsonElement? body) =>
        new(field, $"value '{RejectedValue(field, body)}' was rejected: {message}");

    // The value the client sent at a dotted field path, as text; empty when absent.
    private static string RejectedValue(string field, JsonElement? body)
    {
        if (body is not { ValueKind: JsonValueKind.Object } current)
            return "";
        foreach (var part in field.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(part, out current))
                return "";
        }
        return current.ValueKind switch
        {
            JsonValueKind.String => current.GetString()!,
            JsonValueKind.Null => "null",
            _ => current.GetRawText(),
        };
    }
}

/// <summary>One rejected field: its path in the body (or query) and why.</summary>
public sealed record RestViolation(string Field, string Message);
