using CustomerGraph.GraphQL.Execution;
using CustomerGraph.GraphQL.Types;

namespace CustomerGraph.GraphQL.Federation;

/// <summary>
/// The schema module that makes the composed graph an Apollo Federation v2 subgraph: it reads the federation
/// <c>@link</c> from the SDL of every module composed before it, adds the definitions the subgraph specification
/// generates, and binds <c>_service</c>, <c>_entities</c> and the reference resolvers. Compose it after the modules
/// whose SDL makes the subgraph.
/// </summary>
/// <example>
/// <code>
/// ExecutableSchema.Compose([productsModule, new FederationModule(references =&gt; references
///     .ResolveReferences("Product", (representations, context) =&gt; ...))]);
/// </code>
/// </example>
public sealed class FederationModule(Action<ReferenceResolvers>? references = null) : ISchemaModule
{
    private FederationSubgraph? _subgraph;

    /// <summary>The subgraph read from the composed SDL, once the schema is being built.</summary>
    public FederationSubgraph Subgraph =>
        _subgraph
        ?? throw new InvalidOperationException("The subgraph is read when the module configures the schema.");

    public void ConfigureSchema(SchemaBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        _subgraph = FederationSubgraph.FromDocuments([.. builder.Documents]);
        builder.AddTypeDefinitions(_subgraph.GeneratedSdl, "federation");
    }

    public void Bind(ResolverBindings bindings) => Subgraph.Bind(bindings, references);
}
