using CustomerGraph.Graph.Federation;
using CustomerGraph.Graph.Scalars;
using CustomerGraph.GraphQL.Execution;
using CustomerGraph.GraphQL.Federation;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.Graph;

/// <summary>
/// The customer graph as one schema module: the public contract (every <c>*.graphql</c> file of the
/// <see cref="SchemaDirectory"/>, read once, when the schema is first composed), a federation subgraph by its
/// <c>@link</c> (the generated federation definitions, <c>_service</c>, and <c>_entities</c> through
/// <see cref="EntityResolvers"/>), its custom scalars (<c>DateTime</c>, <c>Date</c>, <c>Cursor</c>) and its bindings.
/// </summary>
public sealed class CustomerGraphModule : ISchemaModule
{
    private readonly Lazy<IReadOnlyList<SchemaSource>> _sources;
    private readonly Lazy<FederationSubgraph> _subgraph;

    public CustomerGraphModule(string schemaDirectory)
    {
        SchemaDirectory = schemaDirectory;
        _sources = new(() => SchemaSource.FromDirectory(schemaDirectory));
        _subgraph = new(() => FederationSubgraph.Parse([.. _sources.Value.Select(source => source.Sdl)]));
    }

    /// <summary>The folder of the SDL files.</summary>
    public string SchemaDirectory { get; }

    public IEnumerable<SchemaSource> Sources => _sources.Value;

    public void ConfigureSchema(SchemaBuilder builder) =>
        builder
            .AddScalar(new DateTimeScalar())
            .AddScalar(new DateScalar())
            .AddScalar(new CursorScalar())
            .AddTypeDefinitions(_subgraph.Value.GeneratedSdl, "federation");

    public void Bind(ResolverBindings bindings)
    {
        CustomerGraphResolvers.Bind(bindings);
        _subgraph.Value.Bind(bindings, EntityResolvers.Bind);
    }
}
