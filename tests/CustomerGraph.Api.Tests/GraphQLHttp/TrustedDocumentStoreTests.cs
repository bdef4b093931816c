using CustomerGraph.Api.GraphQLHttp;
using CustomerGraph.GraphQL.Execution;

namespace CustomerGraph.Api.Tests;

/// <summary>Loading trusted documents: file names, manifests, and the mistakes that stop start-up.</summary>
public sealed class TrustedDocumentStoreTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("trusted-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Files_and_both_manifest_formats_are_loaded()
    {
        File.WriteAllText(Path.Combine(_directory, "Named.graphql"), "{ a }");
        File.WriteAllText(
            Path.Combine(_directory, DocumentCache.HashOf("{ b }").ToUpperInvariant() + ".graphql"),
            "{ b }"
        );
        File.WriteAllText(Path.Combine(_directory, "relay.json"), """{ "r1": "{ c }" }""");
        File.WriteAllText(
            Path.Combine(_directory, "apollo.json"),
            """{ "format": "apollo-persisted-query-manifest", "version": 1, "operations": [{ "id": "x1", "name": "D", "type": "query", "body": "query D { d }" }] }"""
        );
        var store = TrustedDocumentStore.Load(_directory);
        Assert.Equal(4, store.Count);
        Assert.Equal("{ a }", store.TryGet("Named"));
        Assert.Equal("{ b }", store.TryGet(DocumentCache.HashOf("{ b }")));
        Assert.Equal("{ b }", store.TryGet("sha256:" + DocumentCache.HashOf("{ b }")));
        Assert.Equal("{ c }", store.TryGet("r1"));
        Assert.Equal("query D { d }", store.TryGet("x1"));
        Assert.True(store.ContainsDocumentWithHash(DocumentCache.HashOf("{ c }")));
        Assert.Null(store.TryGet("missing"));
    }

    [Fact]
    public void A_hash_name_that_is_not_the_document_s_sha256_stops_loading()
    {
        File.WriteAllText(Path.Combine(_directory, DocumentCache.HashOf("{ a }") + ".graphql"), "{ b }");
        var error = Assert.Throws<InvalidOperationException>(() => TrustedDocumentStore.Load(_directory));
        Assert.Contains("is not the SHA-256 of its document", error.Message);
    }

    [Fact]
    public void One_id_for_two_documents_stops_loading()
    {
        File.WriteAllText(Path.Combine(_directory, "same.graphql"), "{ a }");
        File.WriteAllText(Path.Combine(_directory, "manifest.json"), """{ "same": "{ b }" }""");
        var error = Assert.Throws<InvalidOperationException>(() => TrustedDocumentStore.Load(_directory));
        Assert.Contains("names two different documents", error.Message);
    }

    [Fact]
    public void A_missing_folder_stops_loading()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            TrustedDocumentStore.Load(Path.Combine(_directory, "nope"))
        );
        Assert.Contains("does not exist", error.Message);
    }
}
