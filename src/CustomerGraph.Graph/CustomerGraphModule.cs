using CustomerGraph.Graph.Federation;
using CustomerGraph.Graph.Scalars;
using CustomerGraph.GraphQL.Execution;
using CustomerGraph.GraphQL.Federation;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.Graph;

/// <summary>
/// The customer graph as one schema module: the public contract (every <c>*.graphql</c> file of
/// <paramref name="schemaDirectory"/>, read when the schema is composed), a federation subgraph by its <c>@link</c>
/// (the engine's <see cref="FederationModule"/> with the entities of <see cref="EntityResolvers"/>), its custom
/// scalars (<c>DateTime</c>, <c>Date</c>, <c>Cursor</c>) and its bindings.
/// </summary>
public sealed class CustomerGraphModule(string schemaDirectory) : ISchemaModule
{
    // Inside this module rather than beside it: a host that swaps the graph's module for its own drops both.
    private readonly FederationModule _federation = new(EntityResolvers.Bind);

    /// <summary>The folder of the SDL files.</summary>
    public string SchemaDirectory { get; } = schemaDirectory;

    public IEnumerable<SchemaSource> Sources => SchemaSource.FromDirectory(SchemaDirectory);

    public void ConfigureSchema(SchemaBuilder builder)
    {
        builder.AddScalar(new DateTimeScalar()).AddScalar(new DateScalar()).AddScalar(new CursorScalar());
        _federation.ConfigureSchema(builder);
    }

    public void Bind(ResolverBindings bindings)
    {
        CustomerGraphResolvers.Bind(bindings);
        _federation.Bind(bindings);
    }
}
