using CustomerGraph.Customers.Accounts;
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
/// scalars (<c>DateTime</c>, <c>Date</c>, <c>Cursor</c>), its bindings and the <c>@requiresScopes</c> guard
/// (<see cref="RequiresScopes"/>), which takes the granted scopes from the request's <see cref="ICurrentAccount"/>.
/// </summary>
public sealed class CustomerGraphModule(string schemaDirectory) : ISchemaModule
{
    // Inside this module rather than beside it: a host that swaps the graph's module for its own drops both.
    private readonly FederationModule _federation = new(EntityResolvers.Bind);

    // The generated _entities reads every entity type, so it needs what reading needs.
    private readonly RequiresScopes _scopes = new RequiresScopes(GrantedScopes).Require(
        "Query._entities",
        ScopeRequirement.AllOf(AccountScopes.View)
    );

    private static readonly IReadOnlySet<string> NoScopes = new HashSet<string>();

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
        _scopes.Bind(bindings);
    }

    /// <summary>The scopes the request's account was granted: the same the domain's services check; none without one.</summary>
    private static IReadOnlySet<string> GrantedScopes(IResolverContext context) =>
        context.Services.GetService(typeof(ICurrentAccount)) is ICurrentAccount account
            ? account.Scopes
            : NoScopes;
}
