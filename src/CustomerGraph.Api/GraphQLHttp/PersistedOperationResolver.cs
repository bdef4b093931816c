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
    IAutomaticPersistedQueryStore automatic
)
{
    private readonly PersistedOperationOptions _options = options.Value;

    /// <summary>The document to run and whether to keep it once valid, or the error that stops the request.</summary>
    public async ValueTask<PersistedOperationResolution> ResolveAsync(
        GraphQLHttpRequest request,
        CancellationToken cancellationToken
    )
    {
        // Only a lookup by hash may need the (possibly remote) automatic store; the rest is decided here.
        if (
            request is { DocumentId: null, PersistedQueryHash: { } hash, Query: null }
            && trusted.TryGet(hash) is null
            && AutomaticEnabled
        )
            return await automatic.TryGetAsync(hash, cancellationToken) is { } registered
                ? new PersistedOperationResolution(registered, false, null)
                : new PersistedOperationResolution(null, false, NotFound());
        var query = Resolve(request, out var register, out var error);
        return new PersistedOperationResolution(query, register, error);
    }

    /// <summary>Keeps a document that proved valid under its verified hash.</summary>
    public ValueTask RegisterAsync(string hash, string document, CancellationToken cancellationToken) =>
        automatic.AddAsync(hash, document, cancellationToken);

    private string? Resolve(GraphQLHttpRequest request, out bool register, out GraphQLError? error)
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

    private bool AutomaticEnabled =>
        _options.EnableAutomaticPersistedQueries && !_options.OnlyTrustedDocuments;

    private string? LookUpByHash(string hash, out GraphQLError? error)
    {
        error = null;
        // The automatic store was asked already (ResolveAsync): only trusted documents are left.
        var document = trusted.TryGet(hash);
        if (document is not null)
            return document;
        // Apollo clients recognise these two answers by message as well as by code.
        error =
            AutomaticEnabled || _options.OnlyTrustedDocuments
                ? NotFound()
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

    private static GraphQLError NotFound() =>
        new("PersistedQueryNotFound", code: HttpErrorCodes.PersistedQueryNotFound);

    private static GraphQLError OnlyTrusted() =>
        new(
            "Only trusted documents may run on this server: send the \"documentId\" of a trusted document.",
            code: HttpErrorCodes.PersistedQueryOnly
        );
}
