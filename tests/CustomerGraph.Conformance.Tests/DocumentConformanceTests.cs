using static CustomerGraph.Conformance.Tests.ConformanceCollection;

namespace CustomerGraph.Conformance.Tests;

/// <summary>Parser, validator and printer against graphql-js over every corpus document (tests/conformance/documents).</summary>
[Collection(ConformanceCollection.Name)]
public sealed class DocumentConformanceTests(ConformanceRun run)
{
    [Fact]
    public void Every_document_gets_the_verdict_graphql_js_gives() =>
        AssertNoMismatches(
            run.VerdictMismatches(),
            run.Documents.Count,
            "documents get a different verdict (syntax / invalid / valid)"
        );

    [Fact]
    public void Every_document_breaks_the_same_validation_rules_as_in_graphql_js() =>
        AssertNoMismatches(
            run.RuleSetMismatches(),
            run.Documents.Count,
            "documents with the same verdict break a different set of rules"
        );

    [Fact]
    public void Printing_a_parsed_document_gives_graphql_js_print_output() =>
        AssertNoMismatches(
            run.PrintMismatches(),
            run.ParseableDocuments.Count,
            "parseable documents print differently"
        );

    [Fact]
    public void Printing_then_reparsing_a_document_gives_an_equal_syntax_tree() =>
        AssertNoMismatches(
            run.RoundTripFailures(),
            run.RoundTripDocuments.Count,
            "parseable documents do not survive print and reparse"
        );
}
