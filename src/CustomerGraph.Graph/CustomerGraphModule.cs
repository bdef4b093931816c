using CustomerGraph.Graph.Scalars;
using CustomerGraph.GraphQL.Execution;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.Graph;

/// <summary>
/// The customer graph as one schema module: the public contract (every <c>*.graphql</c> file of
/// <paramref name="schemaDirectory"/>, read when the schema is composed), its custom scalars (<c>DateTime</c>,
/// <c>Date</c>, <c>Cursor</c>) and its bindings.
/// </summary>
public sealed class CustomerGraphModule(string schemaDirectory) : ISchemaModule
{
    /// <summary>The folder of the SDL files.</summary>
    public string SchemaDirectory { get; } = schemaDirectory;

    public IEnumerable<SchemaSource> Sources => SchemaSource.FromDirectory(SchemaDirectory);

    public void ConfigureSchema(SchemaBuilder builder) =>
        builder.AddScalar(new DateTimeScalar()).AddScalar(new DateScalar()).AddScalar(new CursorScalar());

    public void Bind(ResolverBindings bindings) => CustomerGraphResolvers.Bind(bindings);
}
