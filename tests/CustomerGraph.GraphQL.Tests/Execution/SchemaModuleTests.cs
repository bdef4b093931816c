using CustomerGraph.GraphQL.Errors;
using CustomerGraph.GraphQL.Execution;
using CustomerGraph.GraphQL.Language;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.GraphQL.Tests.Execution;

/// <summary><see cref="ExecutableSchema.Compose"/>: schema modules contribute SDL, schema configuration and bindings.</summary>
public class SchemaModuleTests
{
    private sealed class GreetingModule : ISchemaModule
    {
        public IEnumerable<SchemaSource> Sources => [new("greeting.graphql", "type Query { hello: String }")];

        public void Bind(ResolverBindings bindings) =>
            bindings.Resolve("Query.hello", _ => new ValueTask<object?>("Hello"));
    }

    private sealed class TaggingModule : ISchemaModule
    {
        public IEnumerable<SchemaSource> Sources =>
            [new("tagged.graphql", "extend schema @tag(name: \"greeting\")")];
    }

    /// <summary>Reads the SDL of every module before the schema is built and adds what it refers to.</summary>
    private sealed class TagModule : ISchemaModule
    {
        public List<string> Seen { get; } = [];

        public void ConfigureSchema(SchemaBuilder builder)
        {
            foreach (var document in builder.Documents)
            foreach (var extension in document.Definitions.OfType<SchemaExtensionNode>())
                Seen.AddRange(extension.Directives.Select(directive => directive.Name.Value));
            builder.AddTypeDefinitions(
                "directive @tag(name: String!) repeatable on SCHEMA extend type Query { tags: [String!]! }",
                "tags.graphql"
            );
        }

        public void Bind(ResolverBindings bindings) =>
            bindings.Resolve("Query.tags", _ => new ValueTask<object?>(Seen.ToArray()));
    }

    [Fact]
    public async Task Modules_see_each_others_sdl_before_the_schema_is_built_and_bind_to_the_whole_schema()
    {
        // The module that reads the SDL comes first: every module's sources are added before any configures.
        var tags = new TagModule();
        var executor = new RequestExecutor(
            ExecutableSchema.Compose([tags, new GreetingModule(), new TaggingModule()])
        );

        var json = await executor.RunAsync("{ hello tags }");

        Assert.Equal(ExecutionTestHelpers.Json("{'data':{'hello':'Hello','tags':['tag']}}"), json);
    }

    private sealed class ComplainingModule(string problem) : ISchemaModule
    {
        public void Bind(ResolverBindings bindings) => bindings.Report(new GraphQLError(problem));
    }

    [Fact]
    public void Problems_of_every_module_and_of_the_bindings_are_reported_together()
    {
        var exception = Assert.Throws<SchemaException>(() =>
            ExecutableSchema.Compose([
                new GreetingModule(),
                new ComplainingModule("first"),
                new ComplainingModule("second"),
                new BindsUnknownField(),
            ])
        );

        Assert.Equal(
            new[]
            {
                "first",
                "second",
                "Cannot bind a resolver to \"Query.missing\": the schema has no such field.",
            },
            exception.Errors.Select(error => error.Message)
        );
    }

    private sealed class BindsUnknownField : ISchemaModule
    {
        public void Bind(ResolverBindings bindings) =>
            bindings.Resolve("Query.missing", _ => new ValueTask<object?>((object?)null));
    }

    [Fact]
    public void A_schema_folder_without_sdl_is_refused_with_its_path()
    {
        var folder = Directory.CreateTempSubdirectory("customergraph-empty-schema").FullName;
        try
        {
            var exception = Assert.Throws<InvalidOperationException>(() =>
                SchemaSource.FromDirectory(folder)
            );
            Assert.Equal(
                $"The schema folder \"{folder}\" holds no SDL file (*.graphql): there is no schema to serve.",
                exception.Message
            );
        }
        finally
        {
            Directory.Delete(folder);
        }
    }
}
