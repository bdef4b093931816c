namespace CustomerGraph.Api.GraphQLHttp;

/// <summary>The <c>extensions.code</c> values the HTTP transport answers with (the engine's own are in ErrorCodes).</summary>
public static class HttpErrorCodes
{
    public const string BadRequest = "BAD_REQUEST";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string BatchTooLarge = "BATCH_TOO_LARGE";
    public const string BatchingDisabled = "BATCHING_DISABLED";
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";
    public const string PersistedQueryNotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";
    public const string PersistedQueryOnly = "PERSISTED_QUERY_ONLY";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string AuthenticationUnavailable = "AUTHENTICATION_UNAVAILABLE";

    /// <summary>A store the request needs (the database) cannot be reached for now; repeat after <c>Retry-After</c>.</summary>
    public const string ServiceUnavailable = "SERVICE_UNAVAILABLE";
}
