namespace CustomerGraph.GraphQL.Tests.Contract;

/// <summary>
/// The SDL in schema/ is the public contract: it must build, and the engine must print it back exactly
/// as committed (canonical form, applied directives such as <c>@preview</c> and <c>@cost</c> included). Set CUSTOMERGRAPH_WRITE_SCHEMA=1 to rewrite the files in canonical form.
/// </summary>
public class SchemaContractTests
{
    public static TheoryData<string> SchemaFiles() =>
        [
            .. Directory
                .GetFiles(RepositoryRoot.Combine("schema"), "*.graphql")
                .Select(path => Path.GetFileName(path)),
        ];

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void The_committed_schema_prints_back_exactly(string fileName)
    {
        var path = Path.Combine(RepositoryRoot.Combine("schema"), fileName);
        var committed = File.ReadAllText(path);
        var printed =
            SchemaPrinter.Print(SchemaBuilder.FromSdl(committed), includeAppliedDirectives: true) + "\n";
        if (Environment.GetEnvironmentVariable("CUSTOMERGRAPH_WRITE_SCHEMA") == "1")
            File.WriteAllText(path, printed);
        else
            Assert.Equal(committed, printed);
    }
}
