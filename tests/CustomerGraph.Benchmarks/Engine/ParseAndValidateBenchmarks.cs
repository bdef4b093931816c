using BenchmarkDotNet.Attributes;
using CustomerGraph.GraphQL.Language;
using CustomerGraph.GraphQL.Types;
using CustomerGraph.GraphQL.Validation;

namespace CustomerGraph.Benchmarks.Engine;

/// <summary>
/// Parse and validate the standard introspection query and a 200-line customer operation; the same
/// documents are timed with graphql-js by tests/benchmarks-node/parse-validate.mjs.
/// </summary>
[MemoryDiagnoser]
public class ParseAndValidateBenchmarks
{
    private Schema _schema = null!;
    private string _introspectionQuery = null!;
    private string _customersOperation = null!;
    private DocumentNode _introspectionDocument = null!;
    private DocumentNode _customersDocument = null!;

    [GlobalSetup]
    public void Setup()
    {
        _schema = SchemaBuilder.FromSdl(BenchmarkDocuments.Read("schema.graphql"));
        _introspectionQuery = BenchmarkDocuments.Read("introspection-query.graphql");
        _customersOperation = BenchmarkDocuments.Read("customers-operation.graphql");
        _introspectionDocument = Parser.Parse(_introspectionQuery);
        _customersDocument = Parser.Parse(_customersOperation);
        if (
            DocumentValidator.Validate(_schema, _introspectionDocument).Count != 0
            || DocumentValidator.Validate(_schema, _customersDocument).Count != 0
        )
            throw new InvalidOperationException("The benchmark documents must be valid.");
    }

    [Benchmark(Description = "parse+validate introspection query")]
    public int ParseAndValidateIntrospectionQuery() =>
        DocumentValidator.Validate(_schema, Parser.Parse(_introspectionQuery)).Count;

    [Benchmark(Description = "parse+validate 200-line customers operation")]
    public int ParseAndValidateCustomersOperation() =>
        DocumentValidator.Validate(_schema, Parser.Parse(_customersOperation)).Count;

    [Benchmark(Description = "parse introspection query")]
    public DocumentNode ParseIntrospectionQuery() => Parser.Parse(_introspectionQuery);

    [Benchmark(Description = "parse 200-line customers operation")]
    public DocumentNode ParseCustomersOperation() => Parser.Parse(_customersOperation);

    [Benchmark(Description = "validate introspection query")]
    public int ValidateIntrospectionQuery() =>
        DocumentValidator.Validate(_schema, _introspectionDocument).Count;

    [Benchmark(Description = "validate 200-line customers operation")]
    public int ValidateCustomersOperation() => DocumentValidator.Validate(_schema, _customersDocument).Count;
}
