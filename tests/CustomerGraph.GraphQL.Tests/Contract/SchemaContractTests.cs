using CustomerGraph.GraphQL.Federation;

namespace CustomerGraph.GraphQL.Tests.Contract;

/// <summary>
/// The SDL in schema/ is the public contract: it must build, and the engine must print it back exactly
/// as committed (canonical form, applied directives such as <c>@preview</c>, <c>@cost</c> and the federation <c>@link</c>
/// and <c>@key</c> included; the definitions federation generates left out). Set CUSTOMERGRAPH_WRITE_SCHEMA=1 to
/// rewrite the files in canonical form.
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
        var subgraph = FederationSubgraph.Parse(committed);
        var schema = subgraph.AddTo(new SchemaBuilder()).Build();
        var printed =
            WithoutGenerated(
                SchemaPrinter.Print(schema, includeAppliedDirectives: true),
                subgraph.GeneratedSdl
            ) + "\n";
        if (Environment.GetEnvironmentVariable("CUSTOMERGRAPH_WRITE_SCHEMA") == "1")
            File.WriteAllText(path, printed);
        else
            Assert.Equal(committed, printed);
    }

    /// <summary>
    /// The printed schema without what federation generates: the definitions of <paramref name="generatedSdl"/> (none
    /// has a description, so each prints as one block) and the root fields it adds.
    /// </summary>
    private static string WithoutGenerated(string printed, string generatedSdl)
    {
        var generated = Parser.Parse(generatedSdl).Definitions;
        var heads = generated
            .Select(definition =>
                definition switch
                {
                    DirectiveDefinitionNode directive => $"directive @{directive.Name.Value}",
                    ScalarTypeDefinitionNode scalar => $"scalar {scalar.Name.Value}",
                    EnumTypeDefinitionNode enumType => $"enum {enumType.Name.Value}",
                    UnionTypeDefinitionNode union => $"union {union.Name.Value}",
                    ObjectTypeDefinitionNode type => $"type {type.Name.Value}",
                    _ => null,
                }
            )
            .OfType<string>()
            .ToList();
        var rootFields = generated
            .OfType<ObjectTypeExtensionNode>()
            .SelectMany(extension => extension.Fields)
            .Select(field => $"  {field.Name.Value}")
            .ToList();
        var blocks = printed
            .Split("\n\n")
            .Where(block =>
                !heads.Any(head =>
                    block.StartsWith(head + " ") || block.StartsWith(head + "(") || block == head
                )
            )
            .Select(block =>
                string.Join(
                    "\n",
                    block
                        .Split('\n')
                        .Where(line =>
                            !rootFields.Any(field =>
                                line.StartsWith(field + "(") || line.StartsWith(field + ":")
                            )
                        )
                )
            );
        return string.Join("\n\n", blocks);
    }
}
