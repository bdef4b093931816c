using System.Net;
using CustomerGraph.GraphQL.Execution;

namespace CustomerGraph.Api.Tests;

// The host's own CustomerGraph.Api.Http namespace would hide the test helper.
using Http = CustomerGraph.TestSupport.Http;

/// <summary>Apollo's automatic persisted queries and trusted documents (persisted documents appendix).</summary>
public sealed class PersistedOperationTests
{
    private const string EchoDocument = "query Echo($text: String!) { echo(text: $text) }";

    private static object Apq(string hash, string? query = null) =>
        new { query, extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } } };

    [Fact]
    public async Task Automatic_persisted_query_misses_then_registers_then_hits()
    {
        using var factory = new ApiFactory();
        var client = factory.CreateClient();
        const string query = "{ hello(name: \"APQ\") }";
        var hash = DocumentCache.HashOf(query);

        var miss = await Http.PostJsonAsync(client, Apq(hash));
        Assert.Equal(HttpStatusCode.BadRequest, miss.Status);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", miss.FirstErrorCode);
        Assert.Equal(
            "PersistedQueryNotFound",
            miss.Json.GetProperty("errors")[0].GetProperty("message").GetString()
        );

        var legacyMiss = await Http.PostJsonAsync(client, Apq(hash), accept: "application/json");
        Assert.Equal(HttpStatusCode.OK, legacyMiss.Status);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", legacyMiss.FirstErrorCode);

        var register = await Http.PostJsonAsync(client, Apq(hash, query));
        Assert.Equal("""{"data":{"hello":"Hello APQ"}}""", register.Body);

        var hit = await Http.PostJsonAsync(client, Apq(hash));
        Assert.Equal("""{"data":{"hello":"Hello APQ"}}""", hit.Body);

        var extensions = Http.Encode($$$"""{"persistedQuery":{"version":1,"sha256Hash":"{{{hash}}}"}}""");
        var getHit = await Http.GetAsync(client, $"/graphql?extensions={extensions}");
        Assert.Equal("""{"data":{"hello":"Hello APQ"}}""", getHit.Body);
    }

    [Fact]
    public async Task A_hash_that_is_not_the_query_s_sha256_is_refused_and_not_registered()
    {
        using var factory = new ApiFactory();
        var client = factory.CreateClient();
        var wrongHash = DocumentCache.HashOf("{ counter }");
        var answer = await Http.PostJsonAsync(client, Apq(wrongHash, "{ hello }"));
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("PERSISTED_QUERY_HASH_MISMATCH", answer.FirstErrorCode);
        Assert.Equal(
            "PERSISTED_QUERY_NOT_FOUND",
            (await Http.PostJsonAsync(client, Apq(wrongHash))).FirstErrorCode
        );
    }

    [Fact]
    public async Task Invalid_documents_are_not_registered()
    {
        using var factory = new ApiFactory();
        var client = factory.CreateClient();
        const string invalid = "{ nope }";
        var hash = DocumentCache.HashOf(invalid);
        Assert.Equal(
            "GRAPHQL_VALIDATION_FAILED",
            (await Http.PostJsonAsync(client, Apq(hash, invalid))).FirstErrorCode
        );
        Assert.Equal(
            "PERSISTED_QUERY_NOT_FOUND",
            (await Http.PostJsonAsync(client, Apq(hash))).FirstErrorCode
        );
    }

    [Theory]
    [InlineData(
        """{"extensions":{"persistedQuery":{"version":2,"sha256Hash":"0000000000000000000000000000000000000000000000000000000000000000"}}}""",
        "PERSISTED_QUERY_NOT_SUPPORTED"
    )]
    [InlineData("""{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"abc"}}}""", "BAD_REQUEST")]
    [InlineData("""{"extensions":{"persistedQuery":"abc"}}""", "BAD_REQUEST")]
    public async Task Malformed_persisted_query_extensions_are_refused(string body, string code)
    {
        using var factory = new ApiFactory();
        var answer = await Http.PostAsync(factory.CreateClient(), body);
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(code, answer.FirstErrorCode);
    }

    [Fact]
    public async Task Disabled_automatic_persisted_queries_answer_not_supported()
    {
        using var factory = new ApiFactory(
            ("GraphQL:PersistedOperations:EnableAutomaticPersistedQueries", "false")
        );
        var answer = await Http.PostJsonAsync(factory.CreateClient(), Apq(DocumentCache.HashOf("{ hello }")));
        Assert.Equal("PERSISTED_QUERY_NOT_SUPPORTED", answer.FirstErrorCode);
    }

    [Theory]
    // File named after its SHA-256, file named by any id, Apollo manifest entry, and the sha256: prefix.
    [InlineData(
        "1392436e823834748ebe811728364ab295a5cc17cbf1483eb28e2dd5e6100948",
        """{"data":{"echo":"trusted"}}"""
    )]
    [InlineData(
        "sha256:1392436e823834748ebe811728364ab295a5cc17cbf1483eb28e2dd5e6100948",
        """{"data":{"echo":"trusted"}}"""
    )]
    [InlineData("hello", """{"data":{"hello":"Hello trusted"}}""")]
    [InlineData("counter-query", """{"data":{"counter":0}}""")]
    public async Task Trusted_documents_run_by_document_id(string documentId, string expected)
    {
        using var factory = TrustedOnly(onlyTrusted: false);
        var answer = await Http.PostJsonAsync(
            factory.CreateClient(),
            new { documentId, variables = new { text = "trusted" } }
        );
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(expected, answer.Body);
    }

    [Fact]
    public async Task Unknown_document_ids_are_not_found()
    {
        using var factory = TrustedOnly(onlyTrusted: false);
        var answer = await Http.PostJsonAsync(factory.CreateClient(), new { documentId = "nope" });
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", answer.FirstErrorCode);
    }

    [Fact]
    public async Task Trusted_only_mode_refuses_ad_hoc_documents_and_registrations()
    {
        using var factory = TrustedOnly(onlyTrusted: true);
        var client = factory.CreateClient();

        var adHoc = await Http.PostJsonAsync(client, new { query = "{ hello }" });
        Assert.Equal(HttpStatusCode.BadRequest, adHoc.Status);
        Assert.Equal("PERSISTED_QUERY_ONLY", adHoc.FirstErrorCode);

        var adHocGet = await Http.GetAsync(client, $"/graphql?query={Http.Encode("{ hello }")}");
        Assert.Equal("PERSISTED_QUERY_ONLY", adHocGet.FirstErrorCode);

        var registration = await Http.PostJsonAsync(
            client,
            Apq(DocumentCache.HashOf("{ hello }"), "{ hello }")
        );
        Assert.Equal("PERSISTED_QUERY_ONLY", registration.FirstErrorCode);

        var byId = await Http.PostJsonAsync(client, new { documentId = "hello" });
        Assert.Equal("""{"data":{"hello":"Hello trusted"}}""", byId.Body);

        var byIdOverGet = await Http.GetAsync(client, "/graphql?documentId=hello");
        Assert.Equal("""{"data":{"hello":"Hello trusted"}}""", byIdOverGet.Body);

        var trustedText = await Http.PostJsonAsync(
            client,
            new { query = EchoDocument, variables = new { text = "same text" } }
        );
        Assert.Equal("""{"data":{"echo":"same text"}}""", trustedText.Body);

        var trustedHash = await Http.PostJsonAsync(
            client,
            new
            {
                extensions = new
                {
                    persistedQuery = new { version = 1, sha256Hash = DocumentCache.HashOf(EchoDocument) },
                },
                variables = new { text = "by hash" },
            }
        );
        Assert.Equal("""{"data":{"echo":"by hash"}}""", trustedHash.Body);
    }

    private static ApiFactory TrustedOnly(bool onlyTrusted) =>
        new(
            ("GraphQL:PersistedOperations:TrustedDocumentsDirectory", ApiFactory.TrustedDocumentsDirectory),
            ("GraphQL:PersistedOperations:OnlyTrustedDocuments", onlyTrusted ? "true" : "false")
        );
}
