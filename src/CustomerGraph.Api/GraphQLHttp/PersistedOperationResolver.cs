using CustomerGraph.GraphQL.Errors;
using CustomerGraph.GraphQL.Execution;
using Microsoft.Extensions.Options;

namespace CustomerGraph.Api.GraphQLHttp;

/// <summary>
/// Turns a request into the document text to run: a trusted document by <c>documentId</c>, a document
/// registered by hash (Apollo's automatic persisted queries), or the ad-hoc <c>query</c> unless only
/// trusted documents are allowed.
/// </summary>
internal sealed class PersistedOperationResolver(
    IOptions<PersistedOperationOptions> options,
    TrustedDocumentStore trusted,
    AutomaticPersistedQueryStore automatic
)
{
    private readonly PersistedOperationOptions _options = options.Value;

    /// <summary>The document to run, or the error that stops the request; <paramref name="register"/> says whether to keep it once valid.</summary>
    public string? Resolve(GraphQLHttpRequest request, out bool register, out GraphQLError? error)
    {
        register = false;
        error = null;
        if (request.DocumentId is { } documentId)
        {
            var document = trusted.TryGet(documentId);
            if (document is null)
                error = new GraphQLError(
                    $"No trusted document has the id \"{documentId}\".",
                    code: HttpErrorCodes.PersistedQueryNotFound
                );
            return document;
        }
        if (request.PersistedQueryHash is { } hash)
            return request.Query is null
                ? LookUpByHash(hash, out error)
                : CheckRegistration(request.Query, hash, out register, out error);
        var query = request.Query!;
        if (_options.OnlyTrustedDocuments && !trusted.ContainsDocumentWithHash(DocumentCache.HashOf(query)))
        {
            error = OnlyTrusted();
            return null;
        }
        return query;
    }

    /// <summary>Keeps a document that proved valid under its verified hash.</summary>
    public void Register(string hash, string document) => automatic.Add(hash, document);

    private bool AutomaticEnabled =>
        _options.EnableAutomaticPersistedQueries && !_options.OnlyTrustedDocuments;

    private string? LookUpByHash(string hash, out GraphQLError? error)
    {
        error = null;
        var document = trusted.TryGet(hash) ?? (AutomaticEnabled ? automatic.TryGet(hash) : null);
        if (document is not null)
            return document;
        // Apollo clients recognise these two answers by message as well as by code.
        error =
            AutomaticEnabled || _options.OnlyTrustedDocuments
                ? new GraphQLError("PersistedQueryNotFound", code: HttpErrorCodes.PersistedQueryNotFound)
                : new GraphQLError(
                    "PersistedQueryNotSupported",
                    code: HttpErrorCodes.PersistedQueryNotSupported
                );
        return null;
    }

    private string? CheckRegistration(string query, string hash, out bool register, out GraphQLError? error)
    {
        register = false;
        error = null;
        if (DocumentCache.HashOf(query) != hash)
        {
            error = new GraphQLError(
                "The persisted query hash is not the SHA-256 of the query.",
                code: HttpErrorCodes.PersistedQueryHashMismatch
            );
            return null;
        }
        if (trusted.ContainsDocumentWithHash(hash))
            return query;
        if (_options.OnlyTrustedDocuments)
        {
            error = OnlyTrusted();
            return null;
        }
        register = _options.EnableAutomaticPersistedQueries;
        return query;
    }

    private static GraphQLError OnlyTrusted() =>
        new(
            "Only trusted documents may run on this server: send the \"documentId\" of a trusted document.",
            code: HttpErrorCodes.PersistedQueryOnly
        );
}
