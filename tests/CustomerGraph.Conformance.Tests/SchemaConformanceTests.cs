using static CustomerGraph.Conformance.Tests.ConformanceCollection;

namespace CustomerGraph.Conformance.Tests;

/// <summary>Schema building and SDL printing against graphql-js over every SDL case (tests/conformance/schemas).</summary>
[Collection(ConformanceCollection.Name)]
public sealed class SchemaConformanceTests(ConformanceRun run)
{
    [Fact]
    public void Every_sdl_case_is_rejected_exactly_when_graphql_js_rejects_it() =>
        AssertNoMismatches(
            run.SchemaVerdictMismatches(),
            run.Schemas.Count,
            "SDL cases get a different verdict"
        );

    [Fact]
    public void Printing_a_built_schema_gives_graphql_js_printSchema_output() =>
        AssertNoMismatches(
            run.SchemaPrintMismatches(),
            run.ValidSchemas.Count,
            "valid schemas print differently"
        );

    [Fact]
    public void Rebuilding_and_printing_our_printed_sdl_gives_graphql_js_fixed_point() =>
        AssertNoMismatches(
            run.SchemaReprintMismatches(),
            run.ValidSchemas.Count,
            "valid schemas reprint differently"
        );
}
